// Scheduled publishing and unpublishing at a Swedish local time. Scheduling stores the draft as it is then; the
// background job on every server instance publishes what is due. A row is claimed with
// FOR UPDATE SKIP LOCKED inside the transaction that publishes it, so with several instances
// each scheduled publish runs exactly once, and a crash mid-way leaves it for the next run.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { authorize } from "../auth/permissions";
import { svenskTidpunkt } from "../datum";
import { skrivVersion, type Fel, type Redigerare } from "./redigera";
import type { Innehallsdata } from "./typ";
import { innehallstyp } from "./typer";
import { tags, type Tag } from "../taggar";
import { arPublik, avpubliceraI } from "./livscykel";

export type SchemaUtfall = { ok: true; id: string } | { ok: false; fel: Fel };

/**
 * Schedules the item's current draft to be published at `datum` `klockslag`, Swedish time; with
 * `atgard: "AVPUBLICERA"`, a published page to be taken off the site then instead.
 */
export async function schemalagg(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  indata: { datum: string; klockslag: string; atgard?: "PUBLICERA" | "AVPUBLICERA" },
  nu = new Date(),
): Promise<SchemaUtfall> {
  authorize(aktor, "innehall.redigera");
  const typ = innehallstyp(typNamn);
  const item = typ
    ? await db.innehall.findUnique({ where: { typ_nyckel: { typ: typNamn, nyckel } }, select: { id: true, utkast: true, publicerad: true, avpublicerad: true, arkiverad: true } })
    : null;
  if (!typ || !item) return { ok: false, fel: { formular: "Det här innehållet finns inte." } };
  if (item.arkiverad) return { ok: false, fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." } };
  const fel: Fel = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(indata.datum) || Number.isNaN(Date.parse(indata.datum))) fel.datum = "Skriv datumet som år-månad-dag, till exempel 2026-12-01.";
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(indata.klockslag)) fel.klockslag = "Skriv klockslaget som timmar och minuter, till exempel 08:00.";
  if (Object.keys(fel).length > 0) return { ok: false, fel };
  const tidpunkt = svenskTidpunkt(indata.datum, indata.klockslag);
  if (!tidpunkt) return { ok: false, fel: { klockslag: `Klockslaget ${indata.klockslag} finns inte den ${indata.datum}: klockan ställs fram en timme då. Välj en annan tid.` } };
  if (tidpunkt.getTime() <= nu.getTime()) return { ok: false, fel: { datum: "Tidpunkten har redan varit. Välj en tid framåt, eller publicera direkt." } };
  if (indata.atgard === "AVPUBLICERA") {
    if (typNamn !== "sida") return { ok: false, fel: { formular: "Bara sidor kan avpubliceras." } };
    if (!arPublik(item)) return { ok: false, fel: { formular: "Sidan är inte publicerad, så det finns inget att avpublicera." } };
    return spara(db, aktor, typNamn, nyckel, item.id, tidpunkt, "AVPUBLICERA", null);
  }
  if (item.utkast === null) return { ok: false, fel: { formular: "Det finns inget utkast att schemalägga. Spara ett utkast först." } };
  const parsed = typ.schema.safeParse(item.utkast);
  if (!parsed.success) return { ok: false, fel: { formular: "Utkastet är inte giltigt. Öppna det, rätta felen och spara igen." } };
  return spara(db, aktor, typNamn, nyckel, item.id, tidpunkt, "PUBLICERA", parsed.data as Prisma.InputJsonObject);
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
): Promise<SchemaUtfall> {
  const rad = await db.$transaction(async (tx) => {
    const ny = await tx.schemalagdPublicering.create({
      data: { innehallId, tidpunkt, atgard, data: data ?? Prisma.DbNull, skapadAvId: aktor.id, skapadAvNamn: aktor.name },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: atgard === "PUBLICERA" ? "innehall.schemalagg" : "innehall.schemalagg-avpublicering",
        objektTyp: typNamn,
        objektId: nyckel,
        data: { tidpunkt: tidpunkt.toISOString() },
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
      data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "innehall.schema-avbryt", objektTyp: rader[0].typ, objektId: rader[0].nyckel, data: { id } },
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
    const taggar = await db.$transaction(async (tx) => {
      const [rad] = await tx.$queryRaw<{ id: string; innehallId: string; atgard: "PUBLICERA" | "AVPUBLICERA"; data: Record<string, unknown> | null; skapadAvNamn: string }[]>`
        SELECT id, "innehallId", atgard::text AS atgard, data, "skapadAvNamn" FROM "SchemalagdPublicering"
         WHERE utford IS NULL AND avbruten IS NULL AND tidpunkt <= ${nu}
         ORDER BY tidpunkt LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!rad) return null;
      await tx.schemalagdPublicering.update({ where: { id: rad.id }, data: { utford: new Date() } });
      if (rad.atgard === "AVPUBLICERA") {
        // A page already off the site (or archived) stays as it is; the row is still done.
        const klart = await avpubliceraI(tx, { id: null, name: "Schemalagd avpublicering" }, rad.innehallId, null, `Schemalagd av ${rad.skapadAvNamn}.`, "innehall.avpublicera-schemalagt");
        return klart ? [tags.innehall] : [];
      }
      const item = await tx.innehall.findUniqueOrThrow({ where: { id: rad.innehallId }, select: { typ: true, nyckel: true, utkast: true, arkiverad: true } });
      const typ = innehallstyp(item.typ);
      if (!typ || item.arkiverad || rad.data === null) return [];
      // The draft stays when the editor has changed it since scheduling; it goes when it is what ran.
      const sammaUtkast = JSON.stringify(item.utkast) === JSON.stringify(rad.data);
      await tx.innehall.update({
        where: { id: rad.innehallId },
        data: {
          publicerad: rad.data as Prisma.InputJsonObject,
          publiceradTid: new Date(),
          avpublicerad: null,
          version: { increment: 1 },
          ...(sammaUtkast ? { utkast: Prisma.DbNull, utkastAvId: null, utkastAvNamn: null, utkastAndrad: null } : {}),
        },
      });
      await skrivVersion(tx, { id: null, name: "Schemalagd publicering" }, typ, rad.innehallId, item.nyckel, "PUBLICERING", rad.data as Innehallsdata, `Schemalagd av ${rad.skapadAvNamn}.`, "innehall.publicera-schemalagt");
      return [...typ.taggar];
    });
    if (taggar === null) return antal;
    antal += 1;
    for (const t of taggar) forfalla(t);
  }
}
