-- CreateTable
CREATE TABLE "Redigeringsnarvaro" (
    "innehallId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sedd" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Redigeringsnarvaro_pkey" PRIMARY KEY ("innehallId","userId")
);

-- CreateIndex
CREATE INDEX "Redigeringsnarvaro_sedd_idx" ON "Redigeringsnarvaro"("sedd");

-- AddForeignKey
ALTER TABLE "Redigeringsnarvaro" ADD CONSTRAINT "Redigeringsnarvaro_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redigeringsnarvaro" ADD CONSTRAINT "Redigeringsnarvaro_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Related links and a programme's parts become fields editors own: every stored state of an area
-- and a programme (published, draft, each version, each scheduled publish) gets them as they are
-- in the public tables now. Until this migration they came only from the seed, so that is also
-- what they were when each older version was written.
CREATE TEMP TABLE "_lankar" AS
SELECT f.slug,
       COALESCE(string_agg(regexp_replace(btrim(r.titel), '\s+', ' ', 'g') || ' | ' || r.href ||
                CASE WHEN btrim(r.beskrivning) <> '' THEN ' | ' || regexp_replace(btrim(r.beskrivning), '\s+', ' ', 'g') ELSE '' END,
                E'\n' ORDER BY r.ordning) FILTER (WHERE r.id IS NOT NULL), '') AS text
FROM "Forstarkningsomrade" f LEFT JOIN "RelateradLank" r ON r."forstarkningsomradeId" = f.id
GROUP BY f.slug;

CREATE TEMP TABLE "_delar" AS
SELECT p.slug,
       COALESCE(string_agg(regexp_replace(btrim(d.namn), '\s+', ' ', 'g') || ' | ' || regexp_replace(btrim(d.beskrivning), '\s+', ' ', 'g'),
                E'\n' ORDER BY d.ordning) FILTER (WHERE d.id IS NOT NULL), '') AS text
FROM "Program" p LEFT JOIN "Programdel" d ON d."programId" = p.id
GROUP BY p.slug;

UPDATE "Innehall" i SET "publicerad" = i."publicerad" || jsonb_build_object('lankar', COALESCE((SELECT t.text FROM "_lankar" t WHERE t.slug = i.nyckel), ''))
WHERE i.typ = 'forstarkningsomrade' AND jsonb_typeof(i."publicerad") = 'object' AND NOT (i."publicerad" ? 'lankar');
UPDATE "Innehall" i SET "utkast" = i."utkast" || jsonb_build_object('lankar', COALESCE((SELECT t.text FROM "_lankar" t WHERE t.slug = i.nyckel), ''))
WHERE i.typ = 'forstarkningsomrade' AND jsonb_typeof(i."utkast") = 'object' AND NOT (i."utkast" ? 'lankar');
UPDATE "InnehallVersion" v SET "data" = v."data" || jsonb_build_object('lankar', COALESCE((SELECT t.text FROM "_lankar" t WHERE t.slug = i.nyckel), ''))
FROM "Innehall" i WHERE v."innehallId" = i.id AND i.typ = 'forstarkningsomrade' AND jsonb_typeof(v."data") = 'object' AND NOT (v."data" ? 'lankar');
UPDATE "SchemalagdPublicering" v SET "data" = v."data" || jsonb_build_object('lankar', COALESCE((SELECT t.text FROM "_lankar" t WHERE t.slug = i.nyckel), ''))
FROM "Innehall" i WHERE v."innehallId" = i.id AND i.typ = 'forstarkningsomrade' AND jsonb_typeof(v."data") = 'object' AND NOT (v."data" ? 'lankar');

UPDATE "Innehall" i SET "publicerad" = i."publicerad" || jsonb_build_object('delar', COALESCE((SELECT t.text FROM "_delar" t WHERE t.slug = i.nyckel), ''))
WHERE i.typ = 'program' AND jsonb_typeof(i."publicerad") = 'object' AND NOT (i."publicerad" ? 'delar');
UPDATE "Innehall" i SET "utkast" = i."utkast" || jsonb_build_object('delar', COALESCE((SELECT t.text FROM "_delar" t WHERE t.slug = i.nyckel), ''))
WHERE i.typ = 'program' AND jsonb_typeof(i."utkast") = 'object' AND NOT (i."utkast" ? 'delar');
UPDATE "InnehallVersion" v SET "data" = v."data" || jsonb_build_object('delar', COALESCE((SELECT t.text FROM "_delar" t WHERE t.slug = i.nyckel), ''))
FROM "Innehall" i WHERE v."innehallId" = i.id AND i.typ = 'program' AND jsonb_typeof(v."data") = 'object' AND NOT (v."data" ? 'delar');
UPDATE "SchemalagdPublicering" v SET "data" = v."data" || jsonb_build_object('delar', COALESCE((SELECT t.text FROM "_delar" t WHERE t.slug = i.nyckel), ''))
FROM "Innehall" i WHERE v."innehallId" = i.id AND i.typ = 'program' AND jsonb_typeof(v."data") = 'object' AND NOT (v."data" ? 'delar');

DROP TABLE "_lankar";
DROP TABLE "_delar";
