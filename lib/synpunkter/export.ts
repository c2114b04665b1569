// The inbox as CSV: the same filter, every matching case, read in keyset batches and streamed,
// so a million cases never sit in memory at once. The sender's name and e-mail address are left
// out on purpose: a file on someone's computer is beyond the portal's access control and its
// retention rule, and follow-up and statistics do not need to know who wrote.
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktStatus, SynpunktTyp } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { BOM, csvRad } from "../csv";
import { logger } from "../logger";
import { efterNyckel, inkorgSchema, inkorgVillkor, nyckel, type Inkorgsfilter } from "./inkorg";
import { arendenummer, synpunktStatusar, synpunktTyper } from "./typer";

export const EXPORTKOLUMNER = [
  "Ärendenummer",
  "Typ",
  "Status",
  "Skola",
  "Mottagen",
  "Första svar",
  "Avslutad",
  "Handläggare",
  "Meddelande",
] as const;

/** Cases per query: large enough to be quick, small enough that memory stays flat. */
export const EXPORTBATCH = 1000;

const falt = {
  id: true,
  lopnummer: true,
  typ: true,
  status: true,
  skapad: true,
  forstaSvar: true,
  avslutad: true,
  meddelande: true,
  skola: { select: { namn: true } },
  handlaggare: { select: { name: true } },
} as const;

/** Every case the filter matches, newest first, one batch per query; the page position is ignored. */
export async function* exportBatcher(db: PrismaClient, filter: Inkorgsfilter, storlek = EXPORTBATCH, jag?: string) {
  const villkor = inkorgVillkor(filter, jag);
  let efter: string | null = null;
  for (;;) {
    const rader = await db.synpunkt.findMany({
      where: { AND: [villkor, efterNyckel(efter)] },
      orderBy: [{ skapad: "desc" }, { id: "desc" }],
      take: storlek,
      select: falt,
    });
    if (rader.length > 0) yield rader;
    if (rader.length < storlek) return;
    efter = nyckel(rader[rader.length - 1]);
  }
}

export interface Exportrad {
  lopnummer: number;
  typ: SynpunktTyp;
  status: SynpunktStatus;
  skapad: Date;
  forstaSvar: Date | null;
  avslutad: Date | null;
  meddelande: string;
  skola: { namn: string } | null;
  handlaggare: { name: string } | null;
}

// "2026-03-10 14:05", Swedish time: a format Excel in Swedish reads as a date and time.
const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });
const datum = (d: Date | null) => (d ? tid.format(d) : "");

export function exportRad(r: Exportrad): string {
  return csvRad([
    arendenummer(r.lopnummer, r.skapad),
    synpunktTyper[r.typ].etikett,
    synpunktStatusar[r.status],
    r.skola?.namn ?? "",
    datum(r.skapad),
    datum(r.forstaSvar),
    datum(r.avslutad),
    r.handlaggare?.name ?? "",
    r.meddelande,
  ]);
}

/** The CSV file as a stream: the next batch is read only when the client has taken the last one. */
export function exportStrom(db: PrismaClient, filter: Inkorgsfilter, storlek = EXPORTBATCH, jag?: string): ReadableStream<Uint8Array> {
  const batcher = exportBatcher(db, filter, storlek, jag);
  const kodare = new TextEncoder();
  let rubrikSkickad = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!rubrikSkickad) {
        rubrikSkickad = true;
        controller.enqueue(kodare.encode(BOM + csvRad(EXPORTKOLUMNER)));
        return;
      }
      try {
        const { value, done } = await batcher.next();
        if (done) controller.close();
        else controller.enqueue(kodare.encode(value.map(exportRad).join("")));
      } catch (error) {
        logger.error({ err: (error as Error).message, handelse: "synpunkt.export.avbruten" }, "Exporten av ärenden avbröts");
        controller.error(error);
      }
    },
    async cancel() {
      await batcher.return(undefined);
    },
  });
}

/** What the audit log names the export by: the filter as a query string in a fixed order, or "alla". */
export function exportBeskrivning(filter: Inkorgsfilter): string {
  const delar = (Object.keys(inkorgSchema.shape) as (keyof Inkorgsfilter)[])
    .filter((k) => k !== "efter" && filter[k])
    .map((k): [string, string] => [k, filter[k]!]);
  return delar.length ? new URLSearchParams(delar).toString() : "alla";
}

/**
 * Authorizes, writes the export to the admins' audit log (who, when, which filter) and returns
 * the file as a stream. The log row is written before the first byte, so an export that is
 * broken off is logged too.
 */
export async function exportera(db: PrismaClient, aktor: (Aktor & { name: string }) | null, filter: Inkorgsfilter, storlek = EXPORTBATCH) {
  authorize(aktor, "synpunkt.exportera");
  const urval: Inkorgsfilter = { ...filter, efter: undefined };
  await db.granskningshandelse.create({
    data: {
      aktorId: aktor.id,
      aktorNamn: aktor.name,
      handling: "synpunkt.exportera",
      objektTyp: "synpunkt",
      objektId: exportBeskrivning(urval),
      data: Object.fromEntries(Object.entries(urval).filter(([, v]) => v)) as Record<string, string>,
    },
  });
  return exportStrom(db, urval, storlek, aktor.id);
}
