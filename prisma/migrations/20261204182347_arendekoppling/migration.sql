-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'KOPPLAD';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'KOPPLING_BORTTAGEN';

-- AlterTable
ALTER TABLE "Synpunkt" ADD COLUMN     "huvudarendeId" TEXT;

-- CreateIndex
CREATE INDEX "Synpunkt_huvudarendeId_idx" ON "Synpunkt"("huvudarendeId");

-- AddForeignKey
ALTER TABLE "Synpunkt" ADD CONSTRAINT "Synpunkt_huvudarendeId_fkey" FOREIGN KEY ("huvudarendeId") REFERENCES "Synpunkt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
