import { Prisma } from "../db/generated/client";
import { db } from "../db";
import { stadsomraden } from "../skolor";

export type Traffsprak = "sv" | "lattlast" | "en";

export interface Traff {
  typ: "sida" | "omrade" | "program" | "insats" | "skola";
  /** "sv" for the page itself, "lattlast" or "en" for a language version (of a page, the start page, an område). */
  sprak: Traffsprak;
  titel: string;
  href: string;
  utdrag: string;
  rank: number;
}

export interface Sokresultat {
  traffar: Traff[];
  /** "Menade du …?": the query with its unknown words replaced by the nearest known ones, or null. */
  menadeDu: string | null;
}

// Everything the public site shows that a search can find. A language version (of a page, the
// start page, an område) is searched only while its original is published, as the site shows it;
// English text is stemmed as English.
const dokument = Prisma.sql`
  SELECT 'sida' AS typ, 'sv' AS sprak, titel, '/' || slug AS href, ingress AS utdrag, ingress || ' ' || brodtext AS text
    FROM "Sida"
  UNION ALL
  SELECT 'sida', v.sprak, v.titel, '/' || v.slug || '/' || v.sprak, v.ingress, v.ingress || ' ' || v.brodtext
    FROM "SidaVariant" v JOIN "Sida" s ON s.slug = v.slug WHERE v.av = 'sida'
  UNION ALL
  SELECT 'sida', sprak, titel, '/' || sprak, ingress, ingress || ' ' || brodtext
    FROM "SidaVariant" WHERE av = 'startsida'
  UNION ALL
  SELECT 'omrade', v.sprak, v.titel, '/forstarkningsomraden/' || v.slug || '/' || v.sprak, v.ingress, v.ingress || ' ' || v.brodtext
    FROM "SidaVariant" v JOIN "Forstarkningsomrade" o ON o.slug = v.slug WHERE v.av = 'forstarkningsomrade'
  UNION ALL
  SELECT 'omrade', 'sv', namn, '/forstarkningsomraden/' || slug, ingress,
         syfte || ' ' || ingress || ' ' || array_to_string(atgarder, ' ') || ' '
           || array_to_string(arbetsomraden, ' ') || ' ' || array_to_string("skolornasArbete", ' ')
    FROM "Forstarkningsomrade"
  UNION ALL
  SELECT 'program', 'sv', namn, '/' || slug, ingress,
         undertitel || ' ' || ingress || ' ' || array_to_string(beskrivning, ' ')
           || ' ' || coalesce((SELECT string_agg(text, ' ') FROM "ProgramPunkt" WHERE "programId" = p.id), '')
           || ' ' || coalesce((SELECT string_agg(namn || ' ' || beskrivning, ' ') FROM "Programdel" WHERE "programId" = p.id), '')
    FROM "Program" p
  UNION ALL
  SELECT 'insats', 'sv', titel, '/insatser/' || slug, beskrivning, beskrivning || ' ' || "ansvarigEnhet"
    FROM "Insats" WHERE arkiverad IS NULL
  UNION ALL
  SELECT 'skola', 'sv', namn, '/skolor/' || slug, adress || ', ' || postnummer || ' ' || postort,
         adress || ' ' || postort || ' ' || (${JSON.stringify(stadsomraden)}::jsonb ->> stadsomrade::text)
    FROM "Skola"`;

/** A title this close to the query (pg_trgm's word_similarity, å/ä/ö folded) is a fuzzy hit. */
const TITEL_LIKHET = 0.5;
/** A known word this close to an unknown query word is suggested in its place. */
const ORD_LIKHET = 0.45;

/**
 * "Menade du …?": each query word that no text contains, in any word form (Swedish stems, as a
 * prefix, å/ä/ö typed as a/o), is replaced by the most similar word the texts do contain.
 */
export async function menadeDu(fraga: string): Promise<string | null> {
  const ord = fraga.split(" ").filter(Boolean);
  if (ord.length === 0 || ord.length > 8) return null;
  const rader = await db.$queryRaw<{ nr: number; forslag: string | null }[]>`
    WITH dokument AS (${dokument}),
    fragaord AS (
      SELECT nr::int, w, to_tsvector('svenska', w) AS v
        FROM unnest(${ord}::text[]) WITH ORDINALITY AS t(w, nr)
       WHERE length(w) >= 4 AND w ~ '^[[:alpha:]]+$'
    ),
    okanda AS (
      SELECT f.* FROM fragaord f
       WHERE f.v <> ''::tsvector
         AND NOT EXISTS (
           SELECT 1 FROM dokument d
            WHERE to_tsvector('svenska', d.titel || ' ' || d.text)
                  @@ (SELECT string_agg(quote_literal(l) || ':*', ' & ')::tsquery FROM unnest(tsvector_to_array(f.v)) l))
    ),
    ordforrad AS (
      SELECT DISTINCT w, unaccent(w) AS u
        FROM dokument d, regexp_split_to_table(lower(d.titel || ' ' || d.text), '[^[:alpha:]]+') w
       WHERE length(w) >= 4
    )
    SELECT o.nr, (SELECT f.w FROM ordforrad f
                   WHERE similarity(f.u, unaccent(o.w)) >= ${ORD_LIKHET}
                   ORDER BY similarity(f.u, unaccent(o.w)) DESC, length(f.w), f.w LIMIT 1) AS forslag
      FROM okanda o`;
  let andrad = false;
  for (const { nr, forslag } of rader) {
    if (forslag) {
      ord[nr - 1] = forslag;
      andrad = true;
    }
  }
  return andrad ? ord.join(" ").normalize("NFC") : null;
}

/**
 * Site search. Word forms through PostgreSQL's Swedish stemmer (and as prefixes: "kartlägga"
 * finds "kartläggning"), å/ä/ö typed as a/o (the text search configuration `svenska` folds them),
 * typos through trigram similarity of titles and the "Menade du" words. Ranked: a match in the
 * title before one in the text, an exact match before a fuzzy one. The corpus is a few hundred
 * rows, read per query: no index would be chosen over reading them (see the README).
 */
export async function sok(fraga: string, limit = 30): Promise<Sokresultat> {
  if (!fraga.trim()) return { traffar: [], menadeDu: null };
  const forslag = await menadeDu(fraga);
  const traffar = await db.$queryRaw<Traff[]>`
    WITH dokument AS (${dokument}),
    fragor AS MATERIALIZED (
      SELECT sprak, cfg, websearch_to_tsquery(cfg, ${fraga}) AS exakt,
             (SELECT string_agg(quote_literal(l) || ':*', ' & ')::tsquery
                FROM unnest(tsvector_to_array(to_tsvector(cfg, ${fraga}))) l
               WHERE length(l) >= 4 AND l ~ '^[[:alnum:]]+$') AS prefix,
             CASE WHEN ${forslag}::text IS NOT NULL THEN websearch_to_tsquery(cfg, ${forslag}::text) END AS forslag
        FROM (VALUES ('sv', 'svenska'::regconfig), ('lattlast', 'svenska'::regconfig), ('en', 'english'::regconfig)) AS c(sprak, cfg)
    ),
    vektorer AS (
      SELECT d.typ, d.sprak, d.titel, d.href, d.utdrag, f.exakt, f.prefix, f.forslag,
             to_tsvector(f.cfg, d.titel) AS vt,
             setweight(to_tsvector(f.cfg, d.titel), 'A') || setweight(to_tsvector(f.cfg, d.text), 'B') AS vd,
             word_similarity(unaccent(${fraga}), unaccent(lower(d.titel))) AS likhet
        FROM dokument d JOIN fragor f USING (sprak)
    ),
    bedomda AS (
      SELECT *,
             CASE WHEN vt @@ exakt OR coalesce(vt @@ prefix, false) THEN 3
                  WHEN vd @@ exakt OR coalesce(vd @@ prefix, false) THEN 2
                  WHEN coalesce(vd @@ forslag, false) OR likhet >= ${TITEL_LIKHET} THEN 1
                  ELSE 0 END AS niva
        FROM vektorer
    )
    SELECT typ, sprak, titel, href, utdrag,
           (niva + least(ts_rank(vd, coalesce(prefix, exakt) || exakt), 0.49) + likhet / 2
             - CASE WHEN sprak = 'sv' THEN 0 ELSE 0.01 END)::float8 AS rank
      FROM bedomda
     WHERE niva > 0
     ORDER BY rank DESC, titel
     LIMIT ${limit}`;
  return { traffar, menadeDu: forslag };
}
