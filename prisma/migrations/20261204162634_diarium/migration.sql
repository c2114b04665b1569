-- The diarium: a diarienummer per case in a series per year, an editable ärendemening and the
-- sekretess marking. Existing cases are numbered in arrival order per year.

ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'ARENDEMENING_ANDRAD';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'SEKRETESS_MARKERAD';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'SEKRETESS_BORTTAGEN';

CREATE TABLE "Diarieserie" (
    "ar" INTEGER NOT NULL,
    "senaste" INTEGER NOT NULL,

    CONSTRAINT "Diarieserie_pkey" PRIMARY KEY ("ar")
);

ALTER TABLE "Synpunkt" ADD COLUMN     "arendemening" TEXT,
ADD COLUMN     "diarieAr" INTEGER,
ADD COLUMN     "diarieNr" INTEGER,
ADD COLUMN     "sekretess" TEXT;

-- The year is the arrival's year in Sweden (skapad is stored as UTC).
UPDATE "Synpunkt" s
   SET "diarieAr" = n.ar, "diarieNr" = n.nr
  FROM (SELECT id,
               extract(year FROM (skapad AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')::int AS ar,
               row_number() OVER (PARTITION BY extract(year FROM (skapad AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')
                                  ORDER BY skapad, lopnummer)::int AS nr
          FROM "Synpunkt") n
 WHERE n.id = s.id;

INSERT INTO "Diarieserie" (ar, senaste) SELECT "diarieAr", max("diarieNr") FROM "Synpunkt" GROUP BY "diarieAr";

ALTER TABLE "Synpunkt" ALTER COLUMN "diarieAr" SET NOT NULL, ALTER COLUMN "diarieNr" SET NOT NULL;

CREATE UNIQUE INDEX "Synpunkt_diarieAr_diarieNr_key" ON "Synpunkt"("diarieAr" DESC, "diarieNr" DESC);

-- Every insert, whichever path makes it, takes the next number of its year. The counter row is
-- updated in the inserting transaction and locked until it ends: concurrent arrivals queue for
-- it, and one that rolls back gives its number back. An update never changes the number.
CREATE FUNCTION "synpunkt_diarienummer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW."diarieAr" := OLD."diarieAr";
    NEW."diarieNr" := OLD."diarieNr";
    RETURN NEW;
  END IF;
  NEW."diarieAr" := extract(year FROM (NEW.skapad AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')::int;
  INSERT INTO "Diarieserie" (ar, senaste) VALUES (NEW."diarieAr", 1)
    ON CONFLICT (ar) DO UPDATE SET senaste = "Diarieserie".senaste + 1
    RETURNING senaste INTO NEW."diarieNr";
  RETURN NEW;
END
$$;

CREATE TRIGGER "Synpunkt_diarienummer" BEFORE INSERT OR UPDATE OF "diarieAr", "diarieNr" ON "Synpunkt"
  FOR EACH ROW EXECUTE FUNCTION "synpunkt_diarienummer"();
