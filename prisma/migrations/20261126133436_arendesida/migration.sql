-- CreateEnum
CREATE TYPE "EnkatSvar" AS ENUM ('JA', 'DELVIS', 'NEJ');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'MEDDELANDE';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'ENKATSVAR';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'AVREGISTRERAD';

-- AlterTable
ALTER TABLE "Synpunkt" ADD COLUMN     "enkatBesvarad" TIMESTAMP(3),
ADD COLUMN     "enkatKommentar" TEXT,
ADD COLUMN     "enkatSvar" "EnkatSvar",
ADD COLUMN     "meddela" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "nyttMeddelande" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tidigareId" TEXT;

-- AlterTable
ALTER TABLE "SynpunktHandelse" ADD COLUMN     "idempotensnyckel" TEXT;

-- AlterTable
ALTER TABLE "Utskick" ADD COLUMN     "avregistrering" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Arendenyckel" (
    "id" TEXT NOT NULL,
    "synpunktId" TEXT NOT NULL,
    "sok" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Arendenyckel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Arendenyckel_hash_key" ON "Arendenyckel"("hash");

-- CreateIndex
CREATE INDEX "Arendenyckel_sok_idx" ON "Arendenyckel"("sok");

-- CreateIndex
CREATE INDEX "Arendenyckel_synpunktId_idx" ON "Arendenyckel"("synpunktId");

-- CreateIndex
CREATE INDEX "Synpunkt_enkatBesvarad_idx" ON "Synpunkt"("enkatBesvarad");

-- CreateIndex
CREATE UNIQUE INDEX "SynpunktHandelse_idempotensnyckel_key" ON "SynpunktHandelse"("idempotensnyckel");

-- AddForeignKey
ALTER TABLE "Synpunkt" ADD CONSTRAINT "Synpunkt_tidigareId_fkey" FOREIGN KEY ("tidigareId") REFERENCES "Synpunkt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arendenyckel" ADD CONSTRAINT "Arendenyckel_synpunktId_fkey" FOREIGN KEY ("synpunktId") REFERENCES "Synpunkt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
