-- Site search that understands Swedish (lib/sok/queries.ts). unaccent and pg_trgm are trusted
-- extensions: the database's owner may install them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Swedish stemming with å, ä, ö (and é, ü …) folded to a, o, e, u on both sides, so
-- "nyanlanda" finds "nyanlända". The unaccent dictionary filters each word before the stemmer.
CREATE TEXT SEARCH CONFIGURATION svenska (COPY = pg_catalog.swedish);
ALTER TEXT SEARCH CONFIGURATION svenska ALTER MAPPING FOR hword, hword_part, word WITH unaccent, swedish_stem;
