// "Ni sa – vi gjorde" in the staff statistics: how many cases are linked to each insats and to
// each förstärkningsområde's insatser. Counted in PostgreSQL; staff see every number, however small.
import type { PrismaClient } from "../db/generated/client";

export interface Kopplingsstatistik {
  perInsats: { slug: string; titel: string; omrade: string | null; antal: number }[];
  /** One row per område with linked cases, and "Utan förstärkningsområde" (namn null) for the rest. */
  perOmrade: { namn: string | null; antal: number }[];
}

export async function koppladeStatistik(db: PrismaClient): Promise<Kopplingsstatistik> {
  const [perInsats, perOmrade] = await Promise.all([
    db.$queryRaw<{ slug: string; titel: string; omrade: string | null; antal: number }[]>`
      SELECT i.slug, i.titel, f.namn AS omrade, count(*)::int AS antal
        FROM "SynpunktInsats" si
        JOIN "Insats" i ON i.id = si."insatsId"
        LEFT JOIN "Forstarkningsomrade" f ON f.id = i."forstarkningsomradeId"
       GROUP BY i.slug, i.titel, f.namn
       ORDER BY antal DESC, i.titel`,
    // A case linked to two insatser in one område counts once for the område.
    db.$queryRaw<{ namn: string | null; antal: number }[]>`
      SELECT f.namn, count(DISTINCT si."synpunktId")::int AS antal
        FROM "SynpunktInsats" si
        JOIN "Insats" i ON i.id = si."insatsId"
        LEFT JOIN "Forstarkningsomrade" f ON f.id = i."forstarkningsomradeId"
       GROUP BY f.nummer, f.namn
       ORDER BY f.nummer NULLS LAST`,
  ]);
  return { perInsats, perOmrade };
}
