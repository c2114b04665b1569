-- CreateEnum
CREATE TYPE "InnehallHandling" AS ENUM ('UTKAST', 'PUBLICERING', 'ATERSTALLNING');

-- AlterTable (the drop of "sektioner" is moved to the end, after its text is carried over)
ALTER TABLE "Sida" ADD COLUMN     "brodtext" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "foralder" TEXT,
ADD COLUMN     "iNavigering" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Innehall" (
    "id" TEXT NOT NULL,
    "typ" TEXT NOT NULL,
    "nyckel" TEXT NOT NULL,
    "publicerad" JSONB,
    "publiceradTid" TIMESTAMP(3),
    "utkast" JSONB,
    "utkastAvId" TEXT,
    "utkastAvNamn" TEXT,
    "utkastAndrad" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Innehall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InnehallVersion" (
    "id" TEXT NOT NULL,
    "innehallId" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "handling" "InnehallHandling" NOT NULL,
    "data" JSONB NOT NULL,
    "tidpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forfattareId" TEXT,
    "forfattarNamn" TEXT NOT NULL,
    "kommentar" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "InnehallVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Innehall_utkastAndrad_idx" ON "Innehall"("utkastAndrad");

-- CreateIndex
CREATE UNIQUE INDEX "Innehall_typ_nyckel_key" ON "Innehall"("typ", "nyckel");

-- CreateIndex
CREATE UNIQUE INDEX "InnehallVersion_innehallId_nummer_key" ON "InnehallVersion"("innehallId", "nummer");

-- CreateIndex
CREATE INDEX "Sida_iNavigering_idx" ON "Sida"("iNavigering");

-- AddForeignKey
ALTER TABLE "Innehall" ADD CONSTRAINT "Innehall_utkastAvId_fkey" FOREIGN KEY ("utkastAvId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnehallVersion" ADD CONSTRAINT "InnehallVersion_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InnehallVersion" ADD CONSTRAINT "InnehallVersion_forfattareId_fkey" FOREIGN KEY ("forfattareId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data (written by hand): each page's sections become its Markdown body, the way
-- lib/innehall/markdown.ts `sektionerTillMarkdown` writes them: "## heading", paragraphs, and a
-- "- " list, with Markdown's own punctuation escaped so every text reads exactly as before.
UPDATE "Sida" AS s SET "brodtext" = coalesce((
  SELECT string_agg(
    '## ' || e.t ||
    coalesce((SELECT string_agg(E'\n\n' || x.t, '' ORDER BY x.i)
              FROM jsonb_array_elements_text(sek -> 'stycken') WITH ORDINALITY AS st(v, i),
                   LATERAL (SELECT st.i, regexp_replace(regexp_replace(regexp_replace(st.v, '([\\`*_\[\]<>#|~])', '\\\1', 'g'), '^(\d+)([.)])', '\1\\\2'), '^([-+=])', '\\\1') AS t) AS x), '') ||
    coalesce((SELECT E'\n\n' || string_agg('- ' || x.t, E'\n' ORDER BY x.i)
              FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(sek -> 'punkter') = 'array' THEN sek -> 'punkter' ELSE '[]'::jsonb END) WITH ORDINALITY AS pu(v, i),
                   LATERAL (SELECT pu.i, regexp_replace(regexp_replace(regexp_replace(pu.v, '([\\`*_\[\]<>#|~])', '\\\1', 'g'), '^(\d+)([.)])', '\1\\\2'), '^([-+=])', '\\\1') AS t) AS x), ''),
    E'\n\n' ORDER BY o)
  FROM jsonb_array_elements(s."sektioner") WITH ORDINALITY AS a(sek, o),
       LATERAL (SELECT regexp_replace(regexp_replace(regexp_replace(sek ->> 'rubrik', '([\\`*_\[\]<>#|~])', '\\\1', 'g'), '^(\d+)([.)])', '\1\\\2'), '^([-+=])', '\\\1') AS t) AS e
), '');

-- Data: what the site shows today becomes the first published version of each item.
INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-sida-' || "slug", 'sida', "slug",
       jsonb_build_object('titel', "titel", 'ingress', "ingress", 'brodtext', "brodtext", 'foralder', coalesce("foralder", ''), 'iNavigering', "iNavigering"),
       "uppdaterad", 1
FROM "Sida";

INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-kontaktuppgifter', 'kontaktuppgifter', 'forvaltningen',
       jsonb_build_object('namn', "namn", 'beskrivning', "beskrivning", 'telefon', "telefon", 'besoksadress', "besoksadress",
                          'postadress', "postadress", 'postnummer', "postnummer", 'postort', "postort", 'latitud', "latitud", 'longitud', "longitud"),
       CURRENT_TIMESTAMP, 1
FROM "Forvaltning" WHERE "id" = 1;

INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-nyckeltal-' || "nyckel", 'nyckeltal', "nyckel",
       jsonb_build_object('etikett', "etikett", 'varde', "varde", 'enhet', "enhet", 'kalla', "kalla"),
       CURRENT_TIMESTAMP, 1
FROM "Nyckeltal";

-- The start page's texts were written in its code until now; they are kept word for word.
INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-startsida', 'startsida', 'startsida',
       jsonb_build_object('rubrik', 'Grundskoleförvaltningen i Göteborg', 'ingress', "beskrivning",
                          'jamliktText', 'Stadens mål för en jämlik stad, och förvaltningens insatser för det.',
                          'framtidsrustadText', 'Samverkan mellan skola och arbetsliv, och pilotskolorna som går före.'),
       CURRENT_TIMESTAMP, 1
FROM "Forvaltning" WHERE "id" = 1;

INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-omrade-' || "slug", 'forstarkningsomrade', "slug",
       jsonb_build_object('namn', "namn", 'syfte', "syfte", 'ingress', "ingress",
                          'atgarder', array_to_string("atgarder", E'\n'), 'arbetsomraden', array_to_string("arbetsomraden", E'\n'),
                          'skolornasArbete', array_to_string("skolornasArbete", E'\n')),
       CURRENT_TIMESTAMP, 1
FROM "Forstarkningsomrade";

INSERT INTO "Innehall" ("id", "typ", "nyckel", "publicerad", "publiceradTid", "version")
SELECT 'mig-program-' || p."slug", 'program', p."slug",
       jsonb_build_object('namn', p."namn", 'undertitel', p."undertitel", 'ingress', p."ingress", 'beskrivning', array_to_string(p."beskrivning", E'\n'),
                          'mal', coalesce((SELECT string_agg(pp."text", E'\n' ORDER BY pp."ordning") FROM "ProgramPunkt" pp WHERE pp."programId" = p."id" AND pp."kategori" = 'MAL'), ''),
                          'grunduppdrag', coalesce((SELECT string_agg(pp."text", E'\n' ORDER BY pp."ordning") FROM "ProgramPunkt" pp WHERE pp."programId" = p."id" AND pp."kategori" = 'GRUNDUPPDRAG'), ''),
                          'utgangspunkter', coalesce((SELECT string_agg(pp."text", E'\n' ORDER BY pp."ordning") FROM "ProgramPunkt" pp WHERE pp."programId" = p."id" AND pp."kategori" = 'UTGANGSPUNKT'), ''),
                          'strategiskGrupp', coalesce((SELECT string_agg(pp."text", E'\n' ORDER BY pp."ordning") FROM "ProgramPunkt" pp WHERE pp."programId" = p."id" AND pp."kategori" = 'STRATEGISK_GRUPP_UPPDRAG'), ''),
                          'processtod', coalesce((SELECT string_agg(pp."text", E'\n' ORDER BY pp."ordning") FROM "ProgramPunkt" pp WHERE pp."programId" = p."id" AND pp."kategori" = 'PROCESSTOD'), '')),
       CURRENT_TIMESTAMP, 1
FROM "Program" p;

INSERT INTO "InnehallVersion" ("id", "innehallId", "nummer", "handling", "data", "tidpunkt", "forfattarNamn", "kommentar")
SELECT 'mig-v1-' || "id", "id", 1, 'PUBLICERING', "publicerad", "publiceradTid", 'Systemet', 'Innehållet som det såg ut när versionshanteringen infördes.'
FROM "Innehall";

ALTER TABLE "Sida" DROP COLUMN "sektioner";
