// Reminders to owners: PAMINNELSE_DAGAR days before "Granska senast" and on the day (or the first
// run after, if the portal was down). One mail per owner per run, listing all their items.
//
// Exactly once per item and date: a reminder is claimed by writing the date it is for into
// paminnelse14Skickad / paminnelseSkickad in the same transaction that queues the mail
// (UPDATE … WHERE the column IS DISTINCT FROM the date). Two runs at once: the second waits for
// the first's row locks, sees the column set and claims nothing. Moving the date (a new date or a
// confirmation) clears both, so the new date gets its own reminders. Only owners who may still
// edit the item get mail: an account that is deactivated, deleted or has lost the role is skipped
// and the item shows as "Saknar ägare" on the list instead.
import { can } from "../auth/permissions";
import { siteUrl } from "../config";
import { formatDatum, svensktDatum } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { innehallRedigering, innehallTitel } from "../innehall";
import { koaUtskick, mall } from "../utskick";
import { redigeringsratt } from "./agare";
import { laggTillDagar, PAMINNELSE_DAGAR } from "./schema";

/** Reminders go from this hour, Swedish time, so they wait in the inbox when the day begins. */
export const PAMINNELSE_FRAN_TIMME = 7;

export const paminnelsemejl = mall({
  namn: "agare.paminnelse",
  amne: "Att se över på Grundskoleportalen: {antal} {vad}",
  text: `Hej {namn}!

Du är ägare till det här på Grundskoleportalen, och det är snart dags att se över det:

{lista}

Öppna sidan, läs igenom och välj "Bekräfta att innehållet stämmer" om allt stämmer, eller ändra och publicera. Då flyttas datumet ett år fram.

Allt som ska ses över:
{oversikt}

Grundskoleportalen påminner ${PAMINNELSE_DAGAR} dagar före datumet "Granska senast" och på dagen.`,
});

const timme = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" });
const adress = () => siteUrl().replace(/\/$/, "");

interface Claimad {
  id: string;
  agareId: string;
  granskaSenast: Date;
  titel: string;
  lank: string;
  slag: "14" | "dag";
}

export type Paminnelseutfall = { skickad: true; mejl: number; poster: number } | { skickad: false; orsak: "for-tidigt" };

/** Claims due reminders and queues one mail per owner; `nu` for the tests. */
export async function skickaPaminnelser(db: PrismaClient, nu = new Date()): Promise<Paminnelseutfall> {
  if (Number(timme.format(nu)) < PAMINNELSE_FRAN_TIMME) return { skickad: false, orsak: "for-tidigt" };
  const idag = svensktDatum(nu);
  const grans = laggTillDagar(idag, PAMINNELSE_DAGAR);
  const konton = await db.user.findMany({
    where: { aktiv: true, borttagen: null },
    select: { id: true, name: true, email: true, roll: true, skolaId: true },
  });
  const far = (slag: "innehall" | "insats") => konton.filter((k) => can(k, redigeringsratt(slag))).map((k) => k.id);
  return db.$transaction(async (tx) => {
    type Rad = { id: string; agareId: string; granskaSenast: Date; typ: string; nyckel: string; data: unknown };
    const innehall = far("innehall");
    const insatser = far("insats");
    const i14 = await tx.$queryRaw<Rad[]>`
      UPDATE "Innehall" SET "paminnelse14Skickad" = "granskaSenast"
      WHERE "arkiverad" IS NULL AND "agareId" = ANY(${innehall}::text[])
        AND "granskaSenast" > ${idag}::date AND "granskaSenast" <= ${grans}::date
        AND "paminnelse14Skickad" IS DISTINCT FROM "granskaSenast"
      RETURNING "id", "agareId", "granskaSenast", "typ", "nyckel", COALESCE("utkast", "publicerad") AS "data"`;
    const iDag = await tx.$queryRaw<Rad[]>`
      UPDATE "Innehall" SET "paminnelseSkickad" = "granskaSenast"
      WHERE "arkiverad" IS NULL AND "agareId" = ANY(${innehall}::text[])
        AND "granskaSenast" <= ${idag}::date
        AND "paminnelseSkickad" IS DISTINCT FROM "granskaSenast"
      RETURNING "id", "agareId", "granskaSenast", "typ", "nyckel", COALESCE("utkast", "publicerad") AS "data"`;
    type Insatsrad = { id: string; agareId: string; granskaSenast: Date; slug: string; titel: string };
    const s14 = await tx.$queryRaw<Insatsrad[]>`
      UPDATE "Insats" SET "paminnelse14Skickad" = "granskaSenast"
      WHERE "arkiverad" IS NULL AND "agareId" = ANY(${insatser}::text[])
        AND "granskaSenast" > ${idag}::date AND "granskaSenast" <= ${grans}::date
        AND "paminnelse14Skickad" IS DISTINCT FROM "granskaSenast"
      RETURNING "id", "agareId", "granskaSenast", "slug", "titel"`;
    const sDag = await tx.$queryRaw<Insatsrad[]>`
      UPDATE "Insats" SET "paminnelseSkickad" = "granskaSenast"
      WHERE "arkiverad" IS NULL AND "agareId" = ANY(${insatser}::text[])
        AND "granskaSenast" <= ${idag}::date
        AND "paminnelseSkickad" IS DISTINCT FROM "granskaSenast"
      RETURNING "id", "agareId", "granskaSenast", "slug", "titel"`;
    const fran = (r: Rad, slag: Claimad["slag"]): Claimad => ({
      ...r,
      titel: innehallTitel(r.typ, r.nyckel, r.data),
      lank: innehallRedigering(r.typ, r.nyckel),
      slag,
    });
    const franInsats = (r: Insatsrad, slag: Claimad["slag"]): Claimad => ({ ...r, lank: `/personal/insatser/${r.slug}`, slag });
    const alla = [
      ...i14.map((r) => fran(r, "14")),
      ...iDag.map((r) => fran(r, "dag")),
      ...s14.map((r) => franInsats(r, "14")),
      ...sDag.map((r) => franInsats(r, "dag")),
    ].sort((a, b) => a.granskaSenast.getTime() - b.granskaSenast.getTime() || a.titel.localeCompare(b.titel, "sv"));
    // The link check's finds ride along: "(2 trasiga länkar)" after the item.
    const ids = alla.map((r) => r.id);
    const trasiga = new Map<string, number>();
    if (ids.length > 0)
      for (const t of await tx.trasigLank.findMany({
        where: { OR: [{ innehallId: { in: ids } }, { insatsId: { in: ids } }] },
        select: { innehallId: true, insatsId: true },
      })) {
        const id = (t.innehallId ?? t.insatsId)!;
        trasiga.set(id, (trasiga.get(id) ?? 0) + 1);
      }
    const lankar = (r: Claimad) => {
      const n = trasiga.get(r.id) ?? 0;
      return n === 0 ? "" : ` (${n === 1 ? "en trasig länk" : `${n} trasiga länkar`})`;
    };
    let mejl = 0;
    for (const agare of konton) {
      const egna = alla.filter((r) => r.agareId === agare.id);
      if (egna.length === 0) continue;
      const nar = (r: Claimad) => {
        const dag = r.granskaSenast.toISOString().slice(0, 10);
        return dag === idag ? "i dag" : dag < idag ? `${formatDatum(r.granskaSenast)}, datumet har passerat` : formatDatum(r.granskaSenast);
      };
      await koaUtskick(tx, paminnelsemejl, {
        till: agare.email,
        nu,
        varden: {
          namn: agare.name,
          antal: egna.length,
          vad: egna.length === 1 ? "sak" : "saker",
          lista: egna.map((r) => `- ${r.titel}: granska senast ${nar(r)}${lankar(r)}\n  ${adress()}${r.lank}`).join("\n"),
          oversikt: `${adress()}/personal/innehall/se-over?visa=mina`,
        },
      });
      mejl += 1;
    }
    return { skickad: true as const, mejl, poster: alla.length };
  });
}

export function paminnelserad(u: Paminnelseutfall): string {
  if (!u.skickad) return `Väntar till klockan ${PAMINNELSE_FRAN_TIMME}`;
  return `${u.mejl} mejl om ${u.poster} påminnelser`;
}
