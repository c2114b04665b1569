// The sender's side of a case, reached only through its private link (see nyckel.ts): what the
// page shows, the sender's messages, reopening, a follow-up case and the closing question.
// Nothing here shows internal notes or who at the förvaltning did what: the förvaltning answers.
import { z } from "zod";
import { text } from "@/lib/text";
import { expireTags, taggar } from "../cache";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { EnkatSvar, SynpunktStatus, SynpunktTyp } from "../db/generated/enums";
import { MAX_TECKEN } from "./granser";
import { raknaInskick } from "./skydd";
import { taEmotSynpunkt, type Mottagande } from "./ta-emot";
import { diarienummer } from "./diarium";
import { datumText, fristerVidAteroppning } from "./frister";
import { arendenummer } from "./typer";

/** Days after closing during which a message from the sender reopens the case. */
export const ATEROPPNA_DAGAR = 30;
export const MAX_KOMMENTAR = 500;

export const meddelandeSchema = z.object({
  text: text()
    .trim()
    .min(1, { error: "Skriv ditt meddelande." })
    .max(MAX_TECKEN, { error: `Meddelandet får vara högst ${MAX_TECKEN.toLocaleString("sv-SE")} tecken. Korta ner det lite.` }),
  idempotensnyckel: z.uuid({ error: "Formuläret är ogiltigt. Ladda om sidan och försök igen." }),
});
export type MeddelandeIn = z.infer<typeof meddelandeSchema>;

export const enkatSchema = z.object({
  svar: z.enum(["JA", "DELVIS", "NEJ"], { error: "Välj Ja, Delvis eller Nej." }),
  kommentar: text()
    .trim()
    .max(MAX_KOMMENTAR, { error: `Kommentaren får vara högst ${MAX_KOMMENTAR} tecken.` })
    .transform((v) => v || null),
});
export type EnkatIn = z.infer<typeof enkatSchema>;

export type Post =
  | { id: string; tidpunkt: Date; slag: "mottaget"; text: string | null }
  | { id: string; tidpunkt: Date; slag: "status"; till: SynpunktStatus }
  | { id: string; tidpunkt: Date; slag: "svar" | "meddelande" | "besked"; text: string | null }
  | { id: string; tidpunkt: Date; slag: "gallrat" }
  /** "Samma ärende" (koppling.ts): handled in the main case `huvudarende`, or on its own again. */
  | { id: string; tidpunkt: Date; slag: "kopplad" | "koppling-borttagen"; huvudarende: string };

export interface Avsandarvy {
  id: string;
  nummer: string;
  /** The number in the public diarium, "GRF 2026/00123". */
  diarienummer: string;
  typ: SynpunktTyp;
  status: SynpunktStatus;
  skapad: Date;
  avslutad: Date | null;
  gallrad: Date | null;
  /** Notifications are on (the sender can turn them off from the page). */
  meddela: boolean;
  enkat: { svar: EnkatSvar; besvarad: Date } | null;
  /** The date the sender can count on a first answer by, while none has been given. */
  svarSenast: string | null;
  /** "skriva": the message form; "nytt-arende": closed too long ago, offer a follow-up case; "inget": after gallring. */
  kan: "skriva" | "nytt-arende" | "inget";
  tidslinje: Post[];
}

const dagar = (n: number) => n * 24 * 60 * 60 * 1000;

export function kanSkriva(s: { status: SynpunktStatus; avslutad: Date | null; gallrad: Date | null }, nu = new Date()): Avsandarvy["kan"] {
  if (s.gallrad) return "inget";
  if (s.status !== "AVSLUTAD" || !s.avslutad || nu.getTime() - s.avslutad.getTime() <= dagar(ATEROPPNA_DAGAR)) return "skriva";
  return "nytt-arende";
}

/** The case as its sender sees it. After gallring: status and dates only, no text at all. */
export async function avsandarvy(db: PrismaClient, synpunktId: string, nu = new Date()): Promise<Avsandarvy | null> {
  const s = await db.synpunkt.findUnique({
    where: { id: synpunktId },
    select: {
      id: true,
      lopnummer: true,
      diarieAr: true,
      diarieNr: true,
      typ: true,
      status: true,
      skapad: true,
      avslutad: true,
      gallrad: true,
      meddela: true,
      meddelande: true,
      enkatSvar: true,
      enkatBesvarad: true,
      forstaSvar: true,
      svarSenast: true,
      handelser: {
        where: {
          typ: { in: ["STATUS_ANDRAD", "SVAR_SKICKAT", "MEDDELANDE", "GALLRAD", "FORSENINGSBESKED", "KOPPLAD", "KOPPLING_BORTTAGEN"] },
        },
        orderBy: [{ tidpunkt: "asc" }, { id: "asc" }],
        select: { id: true, typ: true, tidpunkt: true, text: true, data: true },
      },
    },
  });
  if (!s) return null;
  const gallrad = Boolean(s.gallrad);
  // The message itself opens the timeline, whatever events the case has.
  const tidslinje: Post[] = [{ id: s.id, tidpunkt: s.skapad, slag: "mottaget", text: gallrad ? null : s.meddelande }];
  for (const h of s.handelser) {
    const bas = { id: h.id, tidpunkt: h.tidpunkt };
    if (h.typ === "STATUS_ANDRAD") tidslinje.push({ ...bas, slag: "status", till: (h.data as { till: SynpunktStatus }).till });
    else if (h.typ === "GALLRAD") tidslinje.push({ ...bas, slag: "gallrat" });
    else if (h.typ === "KOPPLAD" || h.typ === "KOPPLING_BORTTAGEN") {
      // Only in the linked case: the main case's sender is not told who else wrote.
      const d = h.data as { roll?: string; huvudarendenummer?: string };
      if (d.roll === "kopplat" && d.huvudarendenummer)
        tidslinje.push({ ...bas, slag: h.typ === "KOPPLAD" ? "kopplad" : "koppling-borttagen", huvudarende: d.huvudarendenummer });
    } else if (!gallrad) {
      const slag = h.typ === "SVAR_SKICKAT" ? "svar" : h.typ === "FORSENINGSBESKED" ? "besked" : "meddelande";
      tidslinje.push({ ...bas, slag, text: h.text });
    }
  }
  return {
    id: s.id,
    nummer: arendenummer(s.lopnummer, s.skapad),
    diarienummer: diarienummer(s.diarieAr, s.diarieNr),
    typ: s.typ,
    status: s.status,
    skapad: s.skapad,
    avslutad: s.avslutad,
    gallrad: s.gallrad,
    meddela: s.meddela && !gallrad,
    enkat: s.enkatSvar && s.enkatBesvarad ? { svar: s.enkatSvar, besvarad: s.enkatBesvarad } : null,
    svarSenast: !s.forstaSvar && s.svarSenast && s.status !== "AVSLUTAD" && !gallrad ? datumText(s.svarSenast) : null,
    kan: kanSkriva(s, nu),
    tidslinje,
  };
}

export type Meddelandeutfall = { ok: true; ateroppnat: boolean } | { ok: false; orsak: "for-manga" | "stangt" };

const avsandaren = (synpunktId: string, lopnummer: number, handling: string) => ({
  aktorId: null,
  aktorNamn: "Avsändaren (via ärendesidan)",
  handling,
  objektTyp: "synpunkt",
  objektId: String(lopnummer),
  data: { synpunktId },
});

/**
 * A message from the sender: flags the case "Nytt meddelande", is logged, and reopens a case
 * closed at most 30 days ago. The form's key makes a double submit add one message.
 */
export async function taEmotMeddelande(
  db: PrismaClient,
  synpunktId: string,
  m: MeddelandeIn,
  klient: string,
  nu = new Date(),
): Promise<Meddelandeutfall> {
  if (await db.synpunktHandelse.findUnique({ where: { idempotensnyckel: m.idempotensnyckel }, select: { id: true } }))
    return { ok: true, ateroppnat: false };
  const s = await db.synpunkt.findUniqueOrThrow({
    where: { id: synpunktId },
    select: {
      lopnummer: true,
      typ: true,
      status: true,
      avslutad: true,
      gallrad: true,
      handlaggareId: true,
      forstaSvar: true,
      huvudarendeId: true,
    },
  });
  if (kanSkriva(s, nu) !== "skriva") return { ok: false, orsak: "stangt" };
  if (!(await raknaInskick(db, klient, nu))) return { ok: false, orsak: "for-manga" };
  // A case linked to a main case (koppling.ts) stays closed; the main case's page lists it "Nytt meddelande".
  const ateroppnat = s.status === "AVSLUTAD" && !s.huvudarendeId;
  try {
    await db.$transaction(async (tx) => {
      await tx.synpunktHandelse.create({
        data: { synpunktId, typ: "MEDDELANDE", tidpunkt: nu, text: m.text, idempotensnyckel: m.idempotensnyckel },
      });
      if (ateroppnat) {
        const till: SynpunktStatus = s.handlaggareId ? "UNDER_HANDLAGGNING" : "MOTTAGEN";
        // Only if still closed: a clerk who reopened it a moment ago is not overruled.
        const { count } = await tx.synpunkt.updateMany({
          where: { id: synpunktId, status: "AVSLUTAD" },
          // Reopened, it has new deadlines counted from today (lib/synpunkter/frister.ts).
          data: { status: till, avslutad: null, nyttMeddelande: true, ...fristerVidAteroppning(s.typ, nu, Boolean(s.forstaSvar)) },
        });
        if (count === 1) {
          await tx.synpunktHandelse.create({
            data: {
              synpunktId,
              typ: "STATUS_ANDRAD",
              tidpunkt: nu,
              data: { fran: "AVSLUTAD", till, orsak: "meddelande" },
              text: "Återöppnat: avsändaren skrev ett nytt meddelande.",
            },
          });
        }
      }
      await tx.synpunkt.update({ where: { id: synpunktId }, data: { nyttMeddelande: true } });
      await tx.granskningshandelse.create({
        data: avsandaren(synpunktId, s.lopnummer, ateroppnat ? "synpunkt.meddelande.ateroppnat" : "synpunkt.meddelande"),
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: true, ateroppnat: false };
    throw error;
  }
  // Reopening changes the status the diarium shows.
  if (ateroppnat) expireTags(taggar.diarium);
  return { ok: true, ateroppnat };
}

/** A new case that follows up a case closed too long ago to reopen: same type, school and sender. */
export async function nyttUppfoljande(
  db: PrismaClient,
  tidigareId: string,
  m: MeddelandeIn,
  klient: string,
  nu = new Date(),
): Promise<Mottagande | { ok: false; orsak: "stangt" }> {
  const t = await db.synpunkt.findUniqueOrThrow({
    where: { id: tidigareId },
    select: { typ: true, skolaId: true, namn: true, epost: true, meddela: true, status: true, avslutad: true, gallrad: true },
  });
  // Only where the page offers it: an open case takes a message instead.
  if (kanSkriva(t, nu) !== "nytt-arende") return { ok: false, orsak: "stangt" };
  return taEmotSynpunkt(
    db,
    {
      typ: t.typ,
      skolaId: t.skolaId,
      meddelande: m.text,
      namn: t.namn,
      epost: t.epost,
      meddela: t.meddela,
      idempotensnyckel: m.idempotensnyckel,
      startad: "",
      webbplats: "",
      tidigareId,
    },
    klient,
    nu,
  );
}

/** The closing question, answered once: a second answer changes nothing. */
export async function svaraEnkat(db: PrismaClient, synpunktId: string, e: EnkatIn, nu = new Date()): Promise<{ ok: boolean }> {
  const s = await db.synpunkt.findUniqueOrThrow({ where: { id: synpunktId }, select: { lopnummer: true, status: true, gallrad: true } });
  if (s.status !== "AVSLUTAD" || s.gallrad) return { ok: false };
  return db.$transaction(async (tx) => {
    const { count } = await tx.synpunkt.updateMany({
      where: { id: synpunktId, enkatSvar: null },
      data: { enkatSvar: e.svar, enkatKommentar: e.kommentar, enkatBesvarad: nu },
    });
    if (count === 0) return { ok: true };
    await tx.synpunktHandelse.create({ data: { synpunktId, typ: "ENKATSVAR", tidpunkt: nu, data: { svar: e.svar }, text: e.kommentar } });
    await tx.granskningshandelse.create({ data: avsandaren(synpunktId, s.lopnummer, "synpunkt.enkat") });
    return { ok: true };
  });
}

/** Turns the case's notifications off; the unsubscribe link and page both end here. */
export async function avregistrera(db: PrismaClient, synpunktId: string, nu = new Date()): Promise<{ nummer: string } | null> {
  return db.$transaction(async (tx) => {
    const s = await tx.synpunkt.findUnique({ where: { id: synpunktId }, select: { lopnummer: true, skapad: true, meddela: true } });
    if (!s) return null;
    if (s.meddela) {
      await tx.synpunkt.update({ where: { id: synpunktId }, data: { meddela: false } });
      await tx.synpunktHandelse.create({
        data: { synpunktId, typ: "AVREGISTRERAD", tidpunkt: nu, text: "Avsändaren vill inte längre få e-post när ärendet ändras." },
      });
    }
    return { nummer: arendenummer(s.lopnummer, s.skapad) };
  });
}
