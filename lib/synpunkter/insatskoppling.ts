// "Ni sa – vi gjorde": a handläggare links a case to the insats or insatser it concerns. The
// sender's private page then shows them with their live status and public changes, and a sender
// who asked for mail is told when one changes (the job insatsbevakning, lib/jobb/). Publicly an
// insats shows only how many cases were linked to it, and only from KOPPLINGSTROSKEL (lib/insatser).
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import type { InsatsStatus } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags, taggar } from "../cache";
import { siteUrl } from "../config";
import { KOPPLINGSTROSKEL } from "../insatser";
import { koaUtskick } from "../utskick";
import { insatsmejl } from "./mejl";
import { arendenummer } from "./typer";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const insatskopplingSchema = z.object({
  handling: z.enum(["koppla", "koppla-bort"], { error: "Välj vad du vill göra." }),
  insatsId: text().trim().min(1, { error: "Välj en insats." }).max(100, { error: "Välj en insats ur listan." }),
});
export type Insatskoppling = z.infer<typeof insatskopplingSchema>;

export type Kopplingsutfall = { ok: true; andrad: boolean } | { ok: false; fel: string };

export async function kopplaInsats(
  db: PrismaClient,
  aktor: (Aktor & { name: string }) | null,
  lopnummer: number,
  k: Insatskoppling,
): Promise<Kopplingsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const [s, insats] = await Promise.all([
    db.synpunkt.findUnique({ where: { lopnummer }, select: { id: true } }),
    db.insats.findUnique({ where: { id: k.insatsId }, select: { id: true, slug: true, titel: true, arkiverad: true } }),
  ]);
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  if (!insats || (k.handling === "koppla" && insats.arkiverad)) return { ok: false, fel: "Välj en insats ur listan." };
  const utfall = await db.$transaction(async (tx: Tx) => {
    let andrad: boolean;
    if (k.handling === "koppla") {
      // A double submit, or two clerks at once, links once: the pair is the table's key.
      const { count } = await tx.synpunktInsats.createMany({
        data: [{ synpunktId: s.id, insatsId: insats.id, aktorId: aktor.id }],
        skipDuplicates: true,
      });
      andrad = count === 1;
    } else {
      const { count } = await tx.synpunktInsats.deleteMany({ where: { synpunktId: s.id, insatsId: insats.id } });
      andrad = count === 1;
    }
    if (!andrad) return { andrad, antal: 0 };
    await tx.synpunktHandelse.create({
      data: {
        synpunktId: s.id,
        aktorId: aktor.id,
        typ: k.handling === "koppla" ? "INSATS_KOPPLAD" : "INSATS_BORTKOPPLAD",
        data: { insatsId: insats.id },
        text: insats.titel,
      },
    });
    await tx.synpunkt.update({ where: { id: s.id }, data: { nyttMeddelande: false } });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: k.handling === "koppla" ? "synpunkt.insats-kopplad" : "synpunkt.insats-bortkopplad",
        objektTyp: "synpunkt",
        objektId: String(lopnummer),
        data: { insats: insats.slug },
      },
    });
    return { andrad, antal: await tx.synpunktInsats.count({ where: { insatsId: insats.id } }) };
  });
  // The public page shows the number only from the threshold: expire it when the number it shows
  // changes, that is while the count is at or above it, before or after this change.
  const fore = k.handling === "koppla" ? utfall.antal - 1 : utfall.antal + 1;
  if (utfall.andrad && Math.max(fore, utfall.antal) >= KOPPLINGSTROSKEL) expireTags(taggar.insats(insats.slug));
  return { ok: true, andrad: utfall.andrad };
}

/** The insatser a case is linked to, for the handläggare's case page. */
export async function kopplingarForArende(db: PrismaClient, synpunktId: string) {
  const rader = await db.synpunktInsats.findMany({
    where: { synpunktId },
    orderBy: { kopplad: "asc" },
    select: { kopplad: true, insats: { select: { id: true, slug: true, titel: true, status: true, progress: true, arkiverad: true } } },
  });
  return rader.map((r) => ({ ...r.insats, kopplad: r.kopplad }));
}

export interface KoppladInsats {
  slug: string;
  titel: string;
  status: InsatsStatus;
  progress: number;
  planeradSlut: Date | null;
  /** Its latest public changes, newest first: status, progress and the public comment, never who wrote it. */
  andringar: {
    id: string;
    tidpunkt: Date;
    franStatus: InsatsStatus | null;
    tillStatus: InsatsStatus;
    franProgress: number | null;
    tillProgress: number;
    kommentar: string;
  }[];
}

/** The insatser linked to one case, for its sender's private page: public data about them only. */
export async function koppladeInsatser(db: PrismaClient, synpunktId: string, antalAndringar = 3): Promise<KoppladInsats[]> {
  const rader = await db.synpunktInsats.findMany({
    where: { synpunktId, insats: { arkiverad: null } },
    orderBy: { kopplad: "asc" },
    select: {
      insats: {
        select: {
          slug: true,
          titel: true,
          status: true,
          progress: true,
          planeradSlut: true,
          uppdateringar: {
            orderBy: { tidpunkt: "desc" },
            take: antalAndringar,
            select: {
              id: true,
              tidpunkt: true,
              franStatus: true,
              tillStatus: true,
              franProgress: true,
              tillProgress: true,
              kommentar: true,
            },
          },
        },
      },
    },
  });
  return rader.map(({ insats: { uppdateringar, ...i } }) => ({ ...i, andringar: uppdateringar }));
}

/**
 * Mails each sender who asked for mail (`meddela`, an address, not gallrad) when an insats linked
 * to their case has changed since they were last told: one mail per link and round, with the
 * insats's state now. `meddeladTill` moves in the same transaction as the mail is queued, and
 * only from the value read, so two runs at once send it once. A sender who said stop
 * (`meddela` false) gets no more.
 */
export async function meddelaInsatsandringar(db: PrismaClient, statusnamn: (s: InsatsStatus) => string, grans = 500): Promise<number> {
  const rader = await db.$queryRaw<
    {
      synpunktId: string;
      insatsId: string;
      meddeladTill: Date;
      senaste: Date;
      epost: string;
      lopnummer: number;
      skapad: Date;
      titel: string;
      slug: string;
      status: InsatsStatus;
      progress: number;
    }[]
  >`
    SELECT si."synpunktId", si."insatsId", si."meddeladTill", max(u.tidpunkt) AS senaste,
           s.epost, s.lopnummer, s.skapad, i.titel, i.slug, i.status, i.progress
      FROM "SynpunktInsats" si
      JOIN "Synpunkt" s ON s.id = si."synpunktId"
      JOIN "Insats" i ON i.id = si."insatsId"
      JOIN "InsatsUppdatering" u ON u."insatsId" = si."insatsId" AND u.tidpunkt > si."meddeladTill"
     WHERE s.meddela AND s.epost IS NOT NULL AND s.gallrad IS NULL AND i.arkiverad IS NULL
     GROUP BY si."synpunktId", si."insatsId", si."meddeladTill", s.epost, s.lopnummer, s.skapad, i.titel, i.slug, i.status, i.progress
     LIMIT ${grans}`;
  let skickade = 0;
  for (const r of rader) {
    const skickat = await db.$transaction(async (tx: Tx) => {
      const { count } = await tx.synpunktInsats.updateMany({
        where: { synpunktId: r.synpunktId, insatsId: r.insatsId, meddeladTill: r.meddeladTill },
        data: { meddeladTill: r.senaste },
      });
      if (count !== 1) return false;
      await koaUtskick(tx, insatsmejl, {
        till: r.epost,
        synpunktId: r.synpunktId,
        avregistrering: true,
        varden: {
          arendenummer: arendenummer(r.lopnummer, r.skapad),
          insats: r.titel,
          status: statusnamn(r.status).toLowerCase(),
          framsteg: String(r.progress),
          insatslank: `${siteUrl().replace(/\/$/, "")}/insatser/${r.slug}`,
        },
      });
      return true;
    });
    if (skickat) skickade++;
  }
  return skickade;
}
