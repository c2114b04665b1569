// What the staff page (/personal/besok) shows: the counters summed over a period.
import { z } from "zod";
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db";

/** Rows in each top list on the page; the CSV holds them all. */
export const TOPPLISTA = 50;
/** The period shown when none is chosen: the last 30 days, today included. */
export const STANDARDDAGAR = 30;
/** Page views and entry domains are kept this many months. */
export const BESOK_MANADER = 25;
/** Searches are kept word for word this many days, then only as the day's totals. */
export const SOKNING_DAGAR = 90;

const datumfalt = (namn: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.iso.date({ error: `Skriv ${namn} som ÅÅÅÅ-MM-DD, till exempel 2026-01-31.` }).optional(),
  );

export const periodSchema = z
  .object({ fran: datumfalt("från-datumet"), till: datumfalt("till-datumet") })
  .refine((p) => !p.fran || !p.till || p.fran <= p.till, { path: ["till"], error: "Till-datumet kan inte vara före från-datumet." });

export interface Period {
  fran: string;
  till: string;
}

function dagarFore(datum: string, dagar: number): string {
  const [a, m, d] = datum.split("-").map(Number);
  return new Date(Date.UTC(a, m - 1, d - dagar)).toISOString().slice(0, 10);
}

/** The period asked for, its missing ends filled: till today, from 29 days before `till`. */
export function fylldPeriod(p: { fran?: string; till?: string }, nu = new Date()): Period {
  const till = p.till ?? svensktDatum(nu);
  return { fran: p.fran ?? dagarFore(till, STANDARDDAGAR - 1), till };
}

/** Every day of the period, oldest first (at most 800, the retention and then some). */
export function dagarI(p: Period): string[] {
  const dagar: string[] = [];
  for (let d = p.fran; d <= p.till && dagar.length < 800; d = dagarFore(d, -1)) dagar.push(d);
  return dagar;
}

export type Antal = { namn: string; antal: number };
export interface Besoksstatistik {
  period: Period;
  visningar: number;
  perDag: { dag: string; antal: number }[];
  sidor: Antal[];
  kallor: Antal[];
  sokningar: (Antal & { utanTraffar: number })[];
  utanTraffar: Antal[];
  /** Searches in the period older than SOKNING_DAGAR: counted, no longer word for word. */
  gallradeSokningar: number;
}

const tal = (n: bigint | number) => Number(n);

export async function besoksstatistik(db: PrismaClient, p: Period, grans: number | null = TOPPLISTA): Promise<Besoksstatistik> {
  const lim = grans ?? 1_000_000;
  const [perDag, sidor, kallor, sokningar, utan, gallrade] = await Promise.all([
    db.$queryRaw<{ dag: string; antal: bigint }[]>`
      SELECT to_char(dag, 'YYYY-MM-DD') AS dag, sum(antal) AS antal FROM "BesokSida"
      WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date GROUP BY dag`,
    db.$queryRaw<{ namn: string; antal: bigint }[]>`
      SELECT sokvag AS namn, sum(antal) AS antal FROM "BesokSida"
      WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date GROUP BY sokvag ORDER BY antal DESC, sokvag LIMIT ${lim}`,
    db.$queryRaw<{ namn: string; antal: bigint }[]>`
      SELECT doman AS namn, sum(antal) AS antal FROM "BesokKalla"
      WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date GROUP BY doman ORDER BY antal DESC, doman LIMIT ${lim}`,
    db.$queryRaw<{ namn: string; antal: bigint; utan: bigint }[]>`
      SELECT fraga AS namn, sum(antal) AS antal, sum("utanTraffar") AS utan FROM "BesokSokning"
      WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date AND fraga <> '' GROUP BY fraga ORDER BY antal DESC, fraga LIMIT ${lim}`,
    db.$queryRaw<{ namn: string; antal: bigint }[]>`
      SELECT fraga AS namn, sum("utanTraffar") AS antal FROM "BesokSokning"
      WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date AND fraga <> '' GROUP BY fraga HAVING sum("utanTraffar") > 0
      ORDER BY antal DESC, fraga LIMIT ${lim}`,
    db.$queryRaw<{ antal: bigint | null }[]>`
      SELECT sum(antal) AS antal FROM "BesokSokning" WHERE dag BETWEEN ${p.fran}::date AND ${p.till}::date AND fraga = ''`,
  ]);
  const dagar = new Map(perDag.map((r) => [r.dag, tal(r.antal)]));
  const allaDagar = dagarI(p).map((dag) => ({ dag, antal: dagar.get(dag) ?? 0 }));
  return {
    period: p,
    visningar: allaDagar.reduce((n, d) => n + d.antal, 0),
    perDag: allaDagar,
    sidor: sidor.map((r) => ({ namn: r.namn, antal: tal(r.antal) })),
    kallor: kallor.map((r) => ({ namn: r.namn, antal: tal(r.antal) })),
    sokningar: sokningar.map((r) => ({ namn: r.namn, antal: tal(r.antal), utanTraffar: tal(r.utan) })),
    utanTraffar: utan.map((r) => ({ namn: r.namn, antal: tal(r.antal) })),
    gallradeSokningar: tal(gallrade[0]?.antal ?? 0),
  };
}

/** Removes page views and entry domains older than BESOK_MANADER months, and folds searches older than SOKNING_DAGAR days into their day's totals. */
export async function gallraBesok(db: PrismaClient, nu = new Date()): Promise<{ dagar: number; sokningar: number }> {
  const idag = svensktDatum(nu);
  return db.$transaction(async (tx) => {
    const sidor = await tx.$executeRaw`DELETE FROM "BesokSida" WHERE dag < (${idag}::date - make_interval(months => ${BESOK_MANADER}))`;
    await tx.$executeRaw`DELETE FROM "BesokKalla" WHERE dag < (${idag}::date - make_interval(months => ${BESOK_MANADER}))`;
    await tx.$executeRaw`DELETE FROM "BesokSokning" WHERE dag < (${idag}::date - make_interval(months => ${BESOK_MANADER}))`;
    const sokningar = await tx.$executeRaw`
      WITH gamla AS (
        DELETE FROM "BesokSokning" WHERE fraga <> '' AND dag < ${idag}::date - ${SOKNING_DAGAR}::int RETURNING dag, antal, "utanTraffar"
      )
      INSERT INTO "BesokSokning" (dag, fraga, antal, "utanTraffar")
      SELECT dag, '', sum(antal), sum("utanTraffar") FROM gamla GROUP BY dag
      ON CONFLICT (dag, fraga) DO UPDATE SET antal = "BesokSokning".antal + EXCLUDED.antal,
        "utanTraffar" = "BesokSokning"."utanTraffar" + EXCLUDED."utanTraffar"`;
    return { dagar: sidor, sokningar };
  });
}
