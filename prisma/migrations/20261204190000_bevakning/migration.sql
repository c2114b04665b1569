-- CreateEnum
CREATE TYPE "BevakningFrekvens" AS ENUM ('DIREKT', 'VECKA');

-- AlterTable
ALTER TABLE "Utskick" ADD COLUMN     "bevakningId" TEXT,
ADD COLUMN     "prenumerantId" TEXT;

-- CreateTable
CREATE TABLE "Prenumerant" (
    "id" TEXT NOT NULL,
    "epost" TEXT NOT NULL,

    CONSTRAINT "Prenumerant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bevakning" (
    "id" TEXT NOT NULL,
    "prenumerantId" TEXT NOT NULL,
    "foremal" TEXT NOT NULL,
    "insatsId" TEXT,
    "omradeId" TEXT,
    "skolaId" TEXT,
    "frekvens" "BevakningFrekvens" NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bekraftad" TIMESTAMP(3),

    CONSTRAINT "Bevakning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bekraftelsenyckel" (
    "id" TEXT NOT NULL,
    "bevakningId" TEXT NOT NULL,
    "sok" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bekraftelsenyckel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bevakningsandring" (
    "id" TEXT NOT NULL,
    "insatsUppdateringId" TEXT,
    "insatsId" TEXT,
    "omradeId" TEXT,
    "skolaId" TEXT,
    "rubrik" TEXT,
    "text" TEXT,
    "lank" TEXT,
    "tidpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "utspridd" TIMESTAMP(3),

    CONSTRAINT "Bevakningsandring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bevakningsvecka" (
    "vecka" DATE NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "antal" INTEGER NOT NULL,

    CONSTRAINT "Bevakningsvecka_pkey" PRIMARY KEY ("vecka")
);

-- CreateIndex
CREATE UNIQUE INDEX "Prenumerant_epost_key" ON "Prenumerant"("epost");

-- CreateIndex
CREATE INDEX "Bevakning_insatsId_idx" ON "Bevakning"("insatsId");

-- CreateIndex
CREATE INDEX "Bevakning_omradeId_idx" ON "Bevakning"("omradeId");

-- CreateIndex
CREATE INDEX "Bevakning_skolaId_idx" ON "Bevakning"("skolaId");

-- CreateIndex
CREATE INDEX "Bevakning_bekraftad_skapad_idx" ON "Bevakning"("bekraftad", "skapad");

-- CreateIndex
CREATE UNIQUE INDEX "Bevakning_prenumerantId_foremal_key" ON "Bevakning"("prenumerantId", "foremal");

-- CreateIndex
CREATE INDEX "Bekraftelsenyckel_sok_idx" ON "Bekraftelsenyckel"("sok");

-- CreateIndex
CREATE INDEX "Bekraftelsenyckel_bevakningId_idx" ON "Bekraftelsenyckel"("bevakningId");

-- CreateIndex
CREATE UNIQUE INDEX "Bevakningsandring_insatsUppdateringId_key" ON "Bevakningsandring"("insatsUppdateringId");

-- CreateIndex
CREATE INDEX "Bevakningsandring_utspridd_tidpunkt_idx" ON "Bevakningsandring"("utspridd", "tidpunkt");

-- CreateIndex
CREATE INDEX "Bevakningsandring_tidpunkt_idx" ON "Bevakningsandring"("tidpunkt");

-- CreateIndex
CREATE INDEX "Utskick_prenumerantId_idx" ON "Utskick"("prenumerantId");

-- CreateIndex
CREATE INDEX "Utskick_bevakningId_idx" ON "Utskick"("bevakningId");

-- AddForeignKey
ALTER TABLE "Utskick" ADD CONSTRAINT "Utskick_prenumerantId_fkey" FOREIGN KEY ("prenumerantId") REFERENCES "Prenumerant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Utskick" ADD CONSTRAINT "Utskick_bevakningId_fkey" FOREIGN KEY ("bevakningId") REFERENCES "Bevakning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bevakning" ADD CONSTRAINT "Bevakning_prenumerantId_fkey" FOREIGN KEY ("prenumerantId") REFERENCES "Prenumerant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bevakning" ADD CONSTRAINT "Bevakning_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bevakning" ADD CONSTRAINT "Bevakning_omradeId_fkey" FOREIGN KEY ("omradeId") REFERENCES "Forstarkningsomrade"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bevakning" ADD CONSTRAINT "Bevakning_skolaId_fkey" FOREIGN KEY ("skolaId") REFERENCES "Skola"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bekraftelsenyckel" ADD CONSTRAINT "Bekraftelsenyckel_bevakningId_fkey" FOREIGN KEY ("bevakningId") REFERENCES "Bevakning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bevakningsandring" ADD CONSTRAINT "Bevakningsandring_insatsUppdateringId_fkey" FOREIGN KEY ("insatsUppdateringId") REFERENCES "InsatsUppdatering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Bevaka's outbox: every insats update is a change to tell subscribers about, recorded in the
-- update's own transaction whichever path writes it (demo history from the seed is not).
CREATE FUNCTION "InsatsUppdatering_bevakning"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Bevakningsandring" (id, "insatsUppdateringId", "insatsId", tidpunkt)
  VALUES (gen_random_uuid()::text, NEW.id, NEW."insatsId", NEW.tidpunkt);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "InsatsUppdatering_bevakning" AFTER INSERT ON "InsatsUppdatering"
  FOR EACH ROW WHEN (NOT NEW.demo) EXECUTE FUNCTION "InsatsUppdatering_bevakning"();
