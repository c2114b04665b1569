// The diarium: every case registered on arrival with a diarienummer in the förvaltning's series
// (the trigger "Synpunkt_diarienummer" numbers it, see the migration "diarium"), a registration date
// (the arrival), its type, an ärendemening and its status. What the public sees and what staff
// export are both made here, so a marked case is masked in one place.
import { z } from "zod";
import { diarieprefix } from "../config";
import { BOM, csvRad } from "../csv";
import { dygnetsBorjan, svensktDatum } from "../datum";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { SynpunktStatus, SynpunktTyp } from "../db/generated/enums";
import { can, type Aktor } from "../auth/permissions";
import { SEKRETESSTEXT, sekretessgrund } from "./sekretess";
import { synpunktStatusar, synpunktTyper } from "./typer";

export const DIARIESIDA = 50;
/**
 * The public diarium counts and pages through at most this many rows per choice of filters (200
 * pages). Counting a million rows would cost every new arrival (which expires the page) a scan of
 * the table; past the cap the page says "fler än 10 000" and asks for a year or a type.
 */
export const DIARIETAK = 10_000;
/** The sender as the diarium names every sender: never a name. */
export const AVSANDARE = "Enskild";

/** "GRF 2026/00123". */
export function diarienummer(ar: number, nr: number, prefix = diarieprefix()): string {
  return `${prefix} ${ar}/${String(nr).padStart(5, "0")}`;
}

/** The ärendemening a case has until a handläggare writes another: type and school, nothing the sender wrote. */
export function standardmening(typ: SynpunktTyp, skola: string | null | undefined): string {
  // A request gets "Begäran om allmän handling (GRF …)" when it arrives (lib/synpunkter/begaran.ts).
  if (typ === "BEGARAN") return synpunktTyper[typ].etikett;
  return `${synpunktTyper[typ].etikett} om ${skola ?? "grundskoleförvaltningen"}`;
}

const enhetlig = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("sv-SE");

/** The public diarium's filters, from the query string: an unknown or empty value is no filter. */
export const diariefilterSchema = z
  .object({
    ar: z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number)
      .pipe(z.number().int().min(2000).max(2999))
      .optional()
      .catch(undefined),
    /** A month of the chosen year (1–12), by registration date in Sweden; without a year it is dropped. */
    manad: z
      .string()
      .regex(/^\d{1,2}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(12))
      .optional()
      .catch(undefined),
    typ: z
      .string()
      .transform((s) => enhetlig(s).toUpperCase())
      .pipe(z.enum(["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM", "BEGARAN"]))
      .optional()
      .catch(undefined),
    status: z
      .string()
      .transform((s) => enhetlig(s).toUpperCase())
      .pipe(z.enum(["MOTTAGEN", "UNDER_HANDLAGGNING", "BESVARAD", "AVSLUTAD"]))
      .optional()
      .catch(undefined),
    sida: z
      .string()
      .regex(/^\d{1,5}$/)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(2)
          .max(DIARIETAK / DIARIESIDA),
      )
      .optional()
      .catch(undefined),
  })
  .transform((f) => (f.ar || f.manad === undefined ? f : { ...f, manad: undefined }));
export type Diariefilter = z.infer<typeof diariefilterSchema>;

/** The chosen month as an interval of registration times, Swedish calendar. */
function manadensTider(ar: number, manad: number): { gte: Date; lt: Date } {
  const forsta = (a: number, m: number) => `${a}-${String(m).padStart(2, "0")}-01`;
  return { gte: dygnetsBorjan(forsta(ar, manad)), lt: dygnetsBorjan(manad === 12 ? forsta(ar + 1, 1) : forsta(ar, manad + 1)) };
}

/** One row of the public diarium. A marked case has its number and date and nothing else. */
export type Diariepost =
  | { diarienummer: string; registrerad: string; sekretess: false; typ: string; arendemening: string; status: string }
  | { diarienummer: string; registrerad: string; sekretess: true; text: typeof SEKRETESSTEXT };

export interface Diariesida {
  poster: Diariepost[];
  /** The rows that match, counted up to DIARIETAK. */
  antal: number;
  /** More rows match than DIARIETAK: `antal` is the cap, and the pages end there. */
  fler: boolean;
  sidor: number;
  ar: number[];
}

const diarieurval = {
  diarieAr: true,
  diarieNr: true,
  skapad: true,
  typ: true,
  status: true,
  arendemening: true,
  sekretess: true,
  skola: { select: { namn: true } },
} satisfies Prisma.SynpunktSelect;

/**
 * A page of the public diarium, newest first. Filtering by type or status leaves marked cases
 * out: a masked row under "Klagomål" would tell its type.
 */
export async function diariet(db: PrismaClient, filter: Diariefilter): Promise<Diariesida> {
  const where: Prisma.SynpunktWhereInput = {
    ...(filter.ar ? { diarieAr: filter.ar } : {}),
    ...(filter.ar && filter.manad ? { skapad: manadensTider(filter.ar, filter.manad) } : {}),
    ...(filter.typ ? { typ: filter.typ } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.typ || filter.status ? { sekretess: null } : {}),
  };
  const sida = filter.sida ?? 1;
  const [rader, antal, ar] = await Promise.all([
    db.synpunkt.findMany({
      where,
      orderBy: [{ diarieAr: "desc" }, { diarieNr: "desc" }],
      skip: (sida - 1) * DIARIESIDA,
      take: DIARIESIDA,
      select: diarieurval,
    }),
    raknaTillTaket(db, filter),
    db.diarieserie.findMany({ orderBy: { ar: "desc" }, select: { ar: true } }),
  ]);
  const prefix = diarieprefix();
  return {
    poster: rader.map((s): Diariepost => {
      const bas = { diarienummer: diarienummer(s.diarieAr, s.diarieNr, prefix), registrerad: svensktDatum(s.skapad) };
      if (s.sekretess) return { ...bas, sekretess: true, text: SEKRETESSTEXT };
      return {
        ...bas,
        sekretess: false,
        typ: synpunktTyper[s.typ].etikett,
        arendemening: s.arendemening ?? standardmening(s.typ, s.skola?.namn),
        status: synpunktStatusar[s.status],
      };
    }),
    antal: Math.min(antal, DIARIETAK),
    fler: antal > DIARIETAK,
    sidor: Math.max(1, Math.ceil(Math.min(antal, DIARIETAK) / DIARIESIDA)),
    ar: ar.map((a) => a.ar),
  };
}

/**
 * The matching rows, but no more than DIARIETAK + 1: a scan that stops there. Written with
 * numbered parameters, not Prisma.sql, so this file (which proxy.ts reaches for the filters) needs
 * only Prisma's types.
 */
async function raknaTillTaket(db: PrismaClient, filter: Diariefilter): Promise<number> {
  const villkor = ["TRUE"];
  const varden: unknown[] = [];
  const param = (v: unknown) => `$${varden.push(v)}`;
  if (filter.ar) villkor.push(`"diarieAr" = ${param(filter.ar)}`);
  if (filter.ar && filter.manad) {
    const { gte, lt } = manadensTider(filter.ar, filter.manad);
    villkor.push(`skapad >= ${param(gte)} AND skapad < ${param(lt)}`);
  }
  if (filter.typ) villkor.push(`typ = ${param(filter.typ)}::"SynpunktTyp"`);
  if (filter.status) villkor.push(`status = ${param(filter.status)}::"SynpunktStatus"`);
  if (filter.typ || filter.status) villkor.push("sekretess IS NULL");
  const [{ antal }] = await db.$queryRawUnsafe<{ antal: number }[]>(
    `SELECT count(*)::int AS antal FROM (SELECT 1 FROM "Synpunkt" WHERE ${villkor.join(" AND ")} LIMIT ${DIARIETAK + 1}) AS t`,
    ...varden,
  );
  return antal;
}

/** One case in the staff's diarium export: every registration field. */
export interface Diarieexportpost {
  diarienummer: string;
  registrerad: string;
  typ: SynpunktTyp;
  status: SynpunktStatus;
  skola: string | null;
  avsandare: typeof AVSANDARE;
  arendemening: string | null;
  sekretess: boolean;
  sekretessgrund: string | null;
  andrad: string;
}

/** Query string `sedan`: an ISO time, for the change feed. */
export const sedanSchema = z.iso.datetime({ offset: true, error: "Ange sedan som en ISO-tid, till exempel 2026-12-01T00:00:00Z." });

/**
 * The whole diarium for the municipality's records system, in registration order; with `sedan`,
 * the cases registered or changed since then. A marked case's ärendemening, school and ground are
 * withheld from an exporter without "diarium.sekretess".
 */
export async function diarieexport(db: PrismaClient, aktor: Aktor, sedan?: Date): Promise<Diarieexportpost[]> {
  const serSekretess = can(aktor, "diarium.sekretess");
  const rader = await db.synpunkt.findMany({
    where: sedan ? { andrad: { gte: sedan } } : {},
    orderBy: [{ diarieAr: "asc" }, { diarieNr: "asc" }],
    select: { ...diarieurval, andrad: true },
  });
  const prefix = diarieprefix();
  return rader.map((s) => {
    const dold = Boolean(s.sekretess) && !serSekretess;
    return {
      diarienummer: diarienummer(s.diarieAr, s.diarieNr, prefix),
      registrerad: s.skapad.toISOString(),
      typ: s.typ,
      status: s.status,
      skola: dold ? null : (s.skola?.namn ?? null),
      avsandare: AVSANDARE,
      arendemening: dold ? null : (s.arendemening ?? standardmening(s.typ, s.skola?.namn)),
      sekretess: Boolean(s.sekretess),
      sekretessgrund: s.sekretess && !dold ? sekretessgrund(s.sekretess) : null,
      andrad: s.andrad.toISOString(),
    };
  });
}

const EXPORTFALT = [
  "diarienummer",
  "registrerad",
  "typ",
  "status",
  "skola",
  "avsandare",
  "arendemening",
  "sekretess",
  "sekretessgrund",
  "andrad",
] as const satisfies readonly (keyof Diarieexportpost)[];

/** The export as CSV (lib/csv.ts): a header row with the JSON's field names, then one row per case. */
export function diarieCsv(poster: Diarieexportpost[]): string {
  return (
    BOM + csvRad(EXPORTFALT) + poster.map((p) => csvRad(EXPORTFALT.map((f) => (f === "sekretess" ? (p[f] ? "ja" : "nej") : p[f])))).join("")
  );
}
