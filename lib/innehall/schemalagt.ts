// Scheduled publishing and unpublishing at a Swedish local time. Scheduling stores the draft as it is then; the
// background job on every server instance publishes what is due, through the same step as an
// editor's "Publicera" (publiceringssteg). A row is claimed with FOR UPDATE SKIP LOCKED inside the
// transaction that publishes it, so with several instances each scheduled publish runs exactly
// once, and a crash mid-way leaves it for the next run.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { authorize } from "../auth/permissions";
import { svenskTidpunkt } from "../datum";
import { publiceringssteg, type Fel, type Redigerare } from "./redigera";
import { kraverGranskning } from "./granskningsrad";
import { innehallstyp } from "./typer";
import type { Tag } from "../taggar";
import { arPublik, avpubliceraI } from "./livscykel";

export type SchemaUtfall = { ok: true; id: string } | { ok: false; fel: Fel };

/**
 * A Swedish local date and time, read and checked: well-formed, a time that exists that day (not
 * in the hour skipped when summer time begins), and later than `nu`. Shared by scheduling and by
 * "Godkänn och publicera <tid>" (lib/innehall/granskning.ts).
 */
export function lasTidpunkt(
  indata: { datum: string; klockslag: string },
  nu = new Date(),
): { ok: true; tidpunkt: Date } | { ok: false; fel: Fel } {
  const fel: Fel = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(indata.datum) || Number.isNaN(Date.parse(indata.datum)))
    fel.datum = "Skriv datumet som år-månad-dag, till exempel 2026-12-01.";
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(indata.klockslag)) fel.klockslag = "Skriv klockslaget som timmar och minuter, till exempel 08:00.";
  if (Object.keys(fel).length > 0) return { ok: false, fel };
  const tidpunkt = svenskTidpunkt(indata.datum, indata.klockslag);
  if (!tidpunkt)
    return {
      ok: false,
      fel: {
        klockslag: `Klockslaget ${indata.klockslag} finns inte den ${indata.datum}: klockan ställs fram en timme då. Välj en annan tid.`,
      },
    };
  if (tidpunkt.getTime() <= nu.getTime())
    return { ok: false, fel: { datum: "Tidpunkten har redan varit. Välj en tid framåt, eller publicera direkt." } };
  return { ok: true, tidpunkt };
}

/**
 * Schedules the item's current draft to be published at `datum` `klockslag`, Swedish time; with
 * `atgard: "AVPUBLICERA"`, a published page to be taken off the site then instead.
 */
export async function schemalagg(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  indata: { datum: string; klockslag: string; atgard?: "PUBLICERA" | "AVPUBLICERA"; andringsnot?: string | null },
  nu = new Date(),
): Promise<SchemaUtfall> {
  authorize(aktor, "innehall.redigera");
  const typ = innehallstyp(typNamn);
  const item = typ
    ? await db.innehall.findUnique({
        where: { typ_nyckel: { typ: typNamn, nyckel } },
        select: { id: true, utkast: true, publicerad: true, avpublicerad: true, arkiverad: true, kraverGranskning: true },
      })
    : null;
  if (!typ || !item) return { ok: false, fel: { formular: "Det här innehållet finns inte." } };
  if (item.arkiverad) return { ok: false, fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." } };
  const tid = lasTidpunkt(indata, nu);
  if (!tid.ok) return tid;
  const { tidpunkt } = tid;
  if (indata.atgard === "AVPUBLICERA") {
    if (typNamn !== "sida") return { ok: false, fel: { formular: "Bara sidor kan avpubliceras." } };
    if (!arPublik(item)) return { ok: false, fel: { formular: "Sidan är inte publicerad, så det finns inget att avpublicera." } };
    return spara(db, aktor, typNamn, nyckel, item.id, tidpunkt, "AVPUBLICERA", null, null);
  }
  if (await kraverGranskning(db, typ, item))
    return { ok: false, fel: { formular: "Det här innehållet ska granskas innan det publiceras. Välj Skicka för granskning." } };
  if (item.utkast === null) return { ok: false, fel: { formular: "Det finns inget utkast att schemalägga. Spara ett utkast först." } };
  const parsed = typ.schema.safeParse(item.utkast);
  if (!parsed.success) return { ok: false, fel: { formular: "Utkastet är inte giltigt. Öppna det, rätta felen och spara igen." } };
  const andringsnot = typ.andringsnoter ? (indata.andringsnot ?? null) : null;
  return spara(db, aktor, typNamn, nyckel, item.id, tidpunkt, "PUBLICERA", parsed.data as Prisma.InputJsonObject, andringsnot);
}

async function spara(
  db: PrismaClient,
  aktor: Redigerare,
  typNamn: string,
  nyckel: string,
  innehallId: string,
  tidpunkt: Date,
  atgard: "PUBLICERA" | "AVPUBLICERA",
  data: Prisma.InputJsonObject | null,
  andringsnot: string | null,
): Promise<SchemaUtfall> {
  const rad = await db.$transaction(async (tx) => {
    const ny = await tx.schemalagdPublicering.create({
      data: { innehallId, tidpunkt, atgard, data: data ?? Prisma.DbNull, andringsnot, skapadAvId: aktor.id, skapadAvNamn: aktor.name },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: atgard === "PUBLICERA" ? "innehall.schemalagg" : "innehall.schemalagg-avpublicering",
        objektTyp: typNamn,
        objektId: nyckel,
        data: { tidpunkt: tidpunkt.toISOString(), ...(andringsnot !== null ? { andringsnot } : {}) },
      },
    });
    return ny;
  });
  return { ok: true, id: rad.id };
}

/** Cancels a scheduled publish that has not run. False when it already ran or was cancelled. */
export async function avbrytSchemalagd(db: PrismaClient, aktor: Redigerare | null, id: string): Promise<boolean> {
  authorize(aktor, "innehall.redigera");
  return db.$transaction(async (tx) => {
    const rader = await tx.$queryRaw<{ typ: string; nyckel: string }[]>`
      UPDATE "SchemalagdPublicering" s SET avbruten = now()
        FROM "Innehall" i
       WHERE s.id = ${id} AND s."innehallId" = i.id AND s.utford IS NULL AND s.avbruten IS NULL
      RETURNING i.typ, i.nyckel`;
    if (rader.length === 0) return false;
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "innehall.schema-avbryt",
        objektTyp: rader[0].typ,
        objektId: rader[0].nyckel,
        data: { id },
      },
    });
    return true;
  });
}

/** What is scheduled and not yet run, soonest first; for one item or all. */
export function vantande(db: PrismaClient, innehallId?: string) {
  return db.schemalagdPublicering.findMany({
    where: { utford: null, avbruten: null, ...(innehallId ? { innehallId } : {}) },
    orderBy: { tidpunkt: "asc" },
    select: { id: true, tidpunkt: true, atgard: true, skapadAvNamn: true, innehall: { select: { typ: true, nyckel: true } } },
  });
}

/**
 * Publishes every scheduled item that is due, one transaction each. Returns how many ran here.
 * `forfalla` expires a cache tag after its transaction has committed.
 */
export async function korSchemalagda(db: PrismaClient, forfalla: (tagg: Tag) => void, nu = new Date()): Promise<number> {
  let antal = 0;
  for (;;) {
    const utfall = await publiceringssteg<"inget" | "klart" | { avpublicerat: readonly Tag[] }>(db, forfalla, async (tx) => {
      const [rad] = await tx.$queryRaw<
        {
          id: string;
          innehallId: string;
          typ: string;
          atgard: "PUBLICERA" | "AVPUBLICERA";
          data: Record<string, unknown> | null;
          andringsnot: string | null;
          skapadAvNamn: string;
          granskadVersion: number | null;
        }[]
      >`
        SELECT s.id, s."innehallId", i.typ, s.atgard::text AS atgard, s.data, s.andringsnot, s."skapadAvNamn", g.nummer AS "granskadVersion"
          FROM "SchemalagdPublicering" s JOIN "Innehall" i ON i.id = s."innehallId"
          LEFT JOIN "Granskning" g ON g.id = s."granskningId"
         WHERE s.utford IS NULL AND s.avbruten IS NULL AND s.tidpunkt <= ${nu}
         ORDER BY s.tidpunkt LIMIT 1 FOR UPDATE OF s SKIP LOCKED`;
      if (!rad) return { svar: "inget" };
      await tx.schemalagdPublicering.update({ where: { id: rad.id }, data: { utford: new Date() } });
      // An approved review's publish ("Godkänn och publicera <tid>") says whose approval it carries.
      const kommentar =
        rad.granskadVersion !== null
          ? `Granskad version ${rad.granskadVersion}, godkänd och schemalagd av ${rad.skapadAvNamn}.`
          : `Schemalagd av ${rad.skapadAvNamn}.`;
      if (rad.atgard === "AVPUBLICERA") {
        // A page already off the site (or archived) stays as it is; the row is still done.
        const utgangna = await avpubliceraI(
          tx,
          { id: null, name: "Schemalagd avpublicering" },
          rad.innehallId,
          null,
          kommentar,
          "innehall.avpublicera-schemalagt",
        );
        return { svar: utgangna ? { avpublicerat: utgangna } : "klart" };
      }
      const typ = innehallstyp(rad.typ);
      if (!typ || rad.data === null) return { svar: "klart" };
      const aktor = { id: null, name: "Schemalagd publicering" };
      return {
        publicera: {
          aktor,
          typ,
          innehallId: rad.innehallId,
          data: rad.data,
          version: null,
          kommentar,
          andringsnot: rad.andringsnot,
          granskning: "innehall.publicera-schemalagt",
        },
      };
    });
    if (utfall === "inget") return antal;
    antal += 1;
    if (typeof utfall === "object" && "avpublicerat" in utfall) for (const t of utfall.avpublicerat) forfalla(t);
  }
}
