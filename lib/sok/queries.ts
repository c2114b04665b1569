import { Prisma } from "../db/generated/client";
import { db } from "../db";

export interface Traff {
  typ: "sida" | "omrade" | "program" | "insats" | "skola";
  titel: string;
  href: string;
  utdrag: string;
  rank: number;
}

/**
 * Full-text search in Swedish (PostgreSQL's swedish configuration stems, so "likvärdig" finds
 * "likvärdighet"). The corpus is a few hundred rows; it is read per query, not indexed.
 */
export async function sok(fraga: string, limit = 30): Promise<Traff[]> {
  if (!fraga.trim()) return [];
  const q = Prisma.sql`websearch_to_tsquery('swedish', ${fraga})`;
  const rows = await db.$queryRaw<Traff[]>`
    WITH dokument AS (
      SELECT 'sida' AS typ, titel, '/' || slug AS href, ingress AS utdrag,
             titel || ' ' || ingress || ' ' || brodtext AS text
        FROM "Sida"
      UNION ALL
      SELECT 'omrade', namn, '/forstarkningsomraden/' || slug, ingress,
             namn || ' ' || syfte || ' ' || ingress || ' ' || array_to_string(atgarder, ' ') || ' '
               || array_to_string(arbetsomraden, ' ') || ' ' || array_to_string("skolornasArbete", ' ')
        FROM "Forstarkningsomrade"
      UNION ALL
      SELECT 'program', namn, '/' || slug, ingress,
             namn || ' ' || undertitel || ' ' || ingress || ' ' || array_to_string(beskrivning, ' ')
        FROM "Program"
      UNION ALL
      SELECT 'insats', titel, '/insatser/' || slug, beskrivning, titel || ' ' || beskrivning || ' ' || "ansvarigEnhet"
        FROM "Insats" WHERE arkiverad IS NULL
      UNION ALL
      SELECT 'skola', namn, '/skolor/' || slug, adress || ', ' || postnummer || ' ' || postort,
             namn || ' ' || adress || ' ' || postort
        FROM "Skola"
    )
    SELECT typ, titel, href, utdrag, ts_rank(to_tsvector('swedish', text), ${q})::float8 AS rank
      FROM dokument
     WHERE to_tsvector('swedish', text) @@ ${q}
     ORDER BY rank DESC, titel
     LIMIT ${limit}`;
  return rows;
}
