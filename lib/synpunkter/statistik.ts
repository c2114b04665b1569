// Statistics for handläggare and admins. Every figure is an aggregate computed by PostgreSQL
// (GROUP BY, GROUPING SETS, percentile_cont): only a few dozen numbers come back to Node, so it
// stays quick however many cases there are. Cases are counted by the day they were received, in
// Swedish time.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { EnkatSvar, SynpunktStatus, SynpunktTyp } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { dygnetsBorjan, dygnetsSlut, flyttaManad, manaderFram, svensktDatum } from "../datum";
import { synpunktStatusar, synpunktTyper } from "./typer";

/** Schools listed by name; the rest are summed as "Övriga skolor". */
export const TOPPSKOLOR = 10;
export const MANADER = 12;

const datumfalt = (namn: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.iso.date({ error: `Skriv ${namn} som ÅÅÅÅ-MM-DD, till exempel 2026-01-31.` }).optional(),
  );

/** The optional period, from the query string. Empty fields mean no limit. */
export const statistikSchema = z
  .object({ fran: datumfalt("från-datumet"), till: datumfalt("till-datumet") })
  .refine((p) => !p.fran || !p.till || p.fran <= p.till, { path: ["till"], error: "Till-datumet kan inte vara före från-datumet." });
export type Period = z.infer<typeof statistikSchema>;

export interface Ledtid {
  /** Cases received in the period. */
  antal: number;
  /** Of those, cases that have had a first answer. */
  besvarade: number;
  /** Seconds from received to first answer; null when none has been answered. */
  median: number | null;
  p90: number | null;
}

export interface Statistik {
  totalt: number;
  perTyp: { typ: SynpunktTyp; etikett: string; antal: number }[];
  perStatus: { status: SynpunktStatus; etikett: string; antal: number }[];
  perSkola: { skolor: { namn: string; slug: string; antal: number }[]; ovriga: number; ovrigaSkolor: number; ingenSkola: number };
  /** The twelve months up to the period's last month (or this month), oldest first, "2026-03". */
  perManad: { manad: string; antal: number }[];
  ledtid: { alla: Ledtid; perTyp: ({ typ: SynpunktTyp; etikett: string } & Ledtid)[] };
  /** Answers to "Fick du svar på det du undrade?", per type and per month the case was received. */
  enkat: {
    perTyp: ({ typ: SynpunktTyp; etikett: string } & Enkatfordelning)[];
    perManad: ({ manad: string } & Enkatfordelning)[];
    alla: Enkatfordelning;
  };
  /** Deadlines kept per type, school (the same top schools as perSkola) and month received. */
  frister: {
    alla: Fristutfall;
    perTyp: ({ typ: SynpunktTyp; etikett: string } & Fristutfall)[];
    perSkola: ({ namn: string; slug: string } & Fristutfall)[];
    perManad: ({ manad: string } & Fristutfall)[];
  };
}

export type Enkatfordelning = Record<EnkatSvar, number>;

/**
 * The deadlines kept (lib/synpunkter/frister.ts): for the first answer and for closing, how many
 * were met, met late, and are still open past the deadline. Open cases whose deadline has not
 * passed are not yet decided and are not counted.
 */
export interface Fristutfall {
  svarITid: number;
  svarSent: number;
  svarForsenat: number;
  avslutITid: number;
  avslutSent: number;
  avslutForsenat: number;
}

/** The share within target, of the decided ones; null when none is decided. */
export function andelITid(itid: number, sent: number, forsenat: number): number | null {
  const alla = itid + sent + forsenat;
  return alla === 0 ? null : itid / alla;
}

function villkor(p: Period) {
  const delar = [Prisma.sql`TRUE`];
  if (p.fran) delar.push(Prisma.sql`skapad >= ${dygnetsBorjan(p.fran)}`);
  if (p.till) delar.push(Prisma.sql`skapad < ${dygnetsSlut(p.till)}`);
  return Prisma.join(delar, " AND ");
}

// The case's receipt time as a Swedish wall-clock time (the column holds UTC).
const lokalSkapad = Prisma.sql`((skapad AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')`;

export async function statistik(db: PrismaClient, aktor: Aktor | null, period: Period, nu = new Date()): Promise<Statistik> {
  authorize(aktor, "synpunkt.statistik");
  const where = villkor(period);
  const sistaManad = (period.till ?? svensktDatum(nu)).slice(0, 7);
  const manader = manaderFram(sistaManad, MANADER);

  const idag = svensktDatum(nu);
  const [antal, skolor, perManad, ledtider, enkatrader, fristrader] = await Promise.all([
    // Per type, per status and the total in one pass over the table.
    db.$queryRaw<{ typ: SynpunktTyp | null; status: SynpunktStatus | null; g: number; antal: number }[]>`
      SELECT typ::text AS typ, status::text AS status, GROUPING(typ, status)::int AS g, count(*)::int AS antal
        FROM "Synpunkt" WHERE ${where}
       GROUP BY GROUPING SETS ((typ), (status), ())`,
    db.$queryRaw<{ slug: string | null; namn: string | null; antal: number }[]>`
      WITH per AS (SELECT "skolaId", count(*)::int AS antal FROM "Synpunkt" WHERE ${where} GROUP BY "skolaId")
      SELECT k.slug, k.namn, per.antal
        FROM per LEFT JOIN "Skola" k ON k.id = per."skolaId"
       ORDER BY per."skolaId" IS NULL, per.antal DESC, k.namn`,
    db.$queryRaw<{ manad: string; antal: number }[]>`
      SELECT to_char(date_trunc('month', ${lokalSkapad}), 'YYYY-MM') AS manad, count(*)::int AS antal
        FROM "Synpunkt"
       WHERE ${where} AND skapad >= ${dygnetsBorjan(`${manader[0]}-01`)}
         AND skapad < ${dygnetsBorjan(`${flyttaManad(sistaManad, 1)}-01`)}
       GROUP BY 1`,
    db.$queryRaw<{ typ: SynpunktTyp | null; g: number; antal: number; besvarade: number; median: number | null; p90: number | null }[]>`
      SELECT typ::text AS typ, GROUPING(typ)::int AS g, count(*)::int AS antal, count("forstaSvar")::int AS besvarade,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "forstaSvar" - skapad)::float8) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "forstaSvar" - skapad)::float8) AS p90
        FROM "Synpunkt" WHERE ${where}
       GROUP BY GROUPING SETS ((typ), ())`,
    // GROUPING(typ, manad): 1 = per type, 2 = per month, 3 = all; each with the answer.
    db.$queryRaw<{ typ: SynpunktTyp | null; manad: string | null; svar: EnkatSvar; g: number; antal: number }[]>`
      SELECT typ::text AS typ, manad, "enkatSvar"::text AS svar, GROUPING(typ, manad)::int AS g, count(*)::int AS antal
        FROM (SELECT typ, "enkatSvar", to_char(date_trunc('month', ${lokalSkapad}), 'YYYY-MM') AS manad
                FROM "Synpunkt" WHERE ${where} AND "enkatSvar" IS NOT NULL) e
       GROUP BY GROUPING SETS ((typ, "enkatSvar"), (manad, "enkatSvar"), ("enkatSvar"))`,
    // A deadline is met when the answer (or the closing) came on its day in Sweden or before.
    // GROUPING(typ, "skolaId", manad): 3 = per type, 5 = per school, 6 = per month, 7 = all.
    db.$queryRaw<({ typ: SynpunktTyp | null; skolaId: string | null; manad: string | null; g: number } & Fristutfall)[]>`
      SELECT typ::text AS typ, "skolaId", manad, GROUPING(typ, "skolaId", manad)::int AS g,
             count(*) FILTER (WHERE svar IS NOT NULL AND svar <= "svarSenast")::int AS "svarITid",
             count(*) FILTER (WHERE svar IS NOT NULL AND svar > "svarSenast")::int AS "svarSent",
             count(*) FILTER (WHERE svar IS NULL AND ${idag}::date > "svarSenast")::int AS "svarForsenat",
             count(*) FILTER (WHERE slut IS NOT NULL AND slut <= "avslutasSenast")::int AS "avslutITid",
             count(*) FILTER (WHERE slut IS NOT NULL AND slut > "avslutasSenast")::int AS "avslutSent",
             count(*) FILTER (WHERE slut IS NULL AND ${idag}::date > "avslutasSenast")::int AS "avslutForsenat"
        FROM (SELECT typ, "skolaId", "svarSenast", "avslutasSenast",
                     to_char(date_trunc('month', ${lokalSkapad}), 'YYYY-MM') AS manad,
                     (("forstaSvar" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')::date AS svar,
                     ((avslutad AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')::date AS slut
                FROM "Synpunkt" WHERE ${where} AND "svarSenast" IS NOT NULL) f
       GROUP BY GROUPING SETS ((typ), ("skolaId"), (manad), ())`,
  ]);

  const typer = Object.keys(synpunktTyper) as SynpunktTyp[];
  const statusar = Object.keys(synpunktStatusar) as SynpunktStatus[];
  // GROUPING(typ, status) is a bit mask: 1 = grouped by typ, 2 = by status, 3 = the total.
  const rakna = (g: number, match: (r: (typeof antal)[number]) => boolean) => antal.find((r) => r.g === g && match(r))?.antal ?? 0;
  const medSkola = skolor.filter((s) => s.slug !== null);
  const topp = medSkola.slice(0, TOPPSKOLOR).map((s) => ({ namn: s.namn!, slug: s.slug!, antal: s.antal }));
  const utanLedtid: Ledtid = { antal: 0, besvarade: 0, median: null, p90: null };
  const ledtid = (r?: (typeof ledtider)[number]): Ledtid =>
    r ? { antal: r.antal, besvarade: r.besvarade, median: r.median, p90: r.p90 } : utanLedtid;
  const perManadKarta = new Map(perManad.map((m) => [m.manad, m.antal]));
  const fordelning = (g: number, match: (r: (typeof enkatrader)[number]) => boolean): Enkatfordelning => {
    const f: Enkatfordelning = { JA: 0, DELVIS: 0, NEJ: 0 };
    for (const r of enkatrader) if (r.g === g && match(r)) f[r.svar] = r.antal;
    return f;
  };

  const tomt: Fristutfall = { svarITid: 0, svarSent: 0, svarForsenat: 0, avslutITid: 0, avslutSent: 0, avslutForsenat: 0 };
  const frist = (g: number, match: (r: (typeof fristrader)[number]) => boolean): Fristutfall => {
    const r = fristrader.find((x) => x.g === g && match(x));
    return r
      ? {
          svarITid: r.svarITid,
          svarSent: r.svarSent,
          svarForsenat: r.svarForsenat,
          avslutITid: r.avslutITid,
          avslutSent: r.avslutSent,
          avslutForsenat: r.avslutForsenat,
        }
      : tomt;
  };
  const skolaId = new Map(
    (await db.skola.findMany({ where: { slug: { in: topp.map((t) => t.slug) } }, select: { id: true, slug: true } })).map((k) => [
      k.slug,
      k.id,
    ]),
  );

  return {
    totalt: rakna(3, () => true),
    perTyp: typer.map((typ) => ({ typ, etikett: synpunktTyper[typ].etikett, antal: rakna(1, (r) => r.typ === typ) })),
    perStatus: statusar.map((status) => ({ status, etikett: synpunktStatusar[status], antal: rakna(2, (r) => r.status === status) })),
    perSkola: {
      skolor: topp,
      ovriga: medSkola.slice(TOPPSKOLOR).reduce((s, r) => s + r.antal, 0),
      ovrigaSkolor: Math.max(0, medSkola.length - TOPPSKOLOR),
      ingenSkola: skolor.find((s) => s.slug === null)?.antal ?? 0,
    },
    perManad: manader.map((manad) => ({ manad, antal: perManadKarta.get(manad) ?? 0 })),
    ledtid: {
      alla: ledtid(ledtider.find((r) => r.g === 1)),
      perTyp: typer.map((typ) => ({
        typ,
        etikett: synpunktTyper[typ].etikett,
        ...ledtid(ledtider.find((r) => r.g === 0 && r.typ === typ)),
      })),
    },
    enkat: {
      perTyp: typer.map((typ) => ({ typ, etikett: synpunktTyper[typ].etikett, ...fordelning(1, (r) => r.typ === typ) })),
      perManad: manader.map((manad) => ({ manad, ...fordelning(2, (r) => r.manad === manad) })),
      alla: fordelning(3, () => true),
    },
    frister: {
      alla: frist(7, () => true),
      perTyp: typer.map((typ) => ({ typ, etikett: synpunktTyper[typ].etikett, ...frist(3, (r) => r.typ === typ) })),
      perSkola: topp.map((t) => ({ namn: t.namn, slug: t.slug, ...frist(5, (r) => r.skolaId === skolaId.get(t.slug)) })),
      perManad: manader.map((manad) => ({ manad, ...frist(6, (r) => r.manad === manad) })),
    },
  };
}

const tal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

/** A time to answer in words a person reads at a glance: minutes, hours up to two days, then days. */
export function formatLedtid(sekunder: number | null): string {
  if (sekunder === null) return "–";
  const minuter = sekunder / 60;
  if (minuter < 60) {
    const m = Math.round(minuter);
    return `${m} ${m === 1 ? "minut" : "minuter"}`;
  }
  const timmar = minuter / 60;
  if (timmar < 48) {
    const t = tal.format(timmar);
    return `${t} ${t === "1" ? "timme" : "timmar"}`;
  }
  return `${tal.format(timmar / 24)} dygn`;
}
