-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'INSATS_KOPPLAD';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'INSATS_BORTKOPPLAD';

-- AlterTable
ALTER TABLE "SchemalagdPublicering" ADD COLUMN     "andringsnot" TEXT;

-- AlterTable
ALTER TABLE "InnehallVersion" ADD COLUMN     "andringsnot" TEXT,
ADD COLUMN     "vasentlig" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SynpunktInsats" (
    "synpunktId" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "kopplad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aktorId" TEXT,
    "meddeladTill" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SynpunktInsats_pkey" PRIMARY KEY ("synpunktId","insatsId")
);

-- CreateIndex
CREATE INDEX "SynpunktInsats_insatsId_idx" ON "SynpunktInsats"("insatsId");

-- CreateIndex
CREATE INDEX "InnehallVersion_vasentlig_tidpunkt_idx" ON "InnehallVersion"("vasentlig", "tidpunkt" DESC);

-- AddForeignKey
ALTER TABLE "SynpunktInsats" ADD CONSTRAINT "SynpunktInsats_synpunktId_fkey" FOREIGN KEY ("synpunktId") REFERENCES "Synpunkt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynpunktInsats" ADD CONSTRAINT "SynpunktInsats_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynpunktInsats" ADD CONSTRAINT "SynpunktInsats_aktorId_fkey" FOREIGN KEY ("aktorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
