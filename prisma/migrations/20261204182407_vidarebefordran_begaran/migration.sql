-- AlterEnum
ALTER TYPE "SynpunktTyp" ADD VALUE 'BEGARAN';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'VIDAREBEFORDRAD';
ALTER TYPE "SynpunktHandelseTyp" ADD VALUE 'ATERTAGEN';

-- AlterTable
ALTER TABLE "Synpunkt" ADD COLUMN     "begardHandling" TEXT,
ADD COLUMN     "vidarebefordrad" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Synpunkt_skolaId_vidarebefordrad_idx" ON "Synpunkt"("skolaId", "vidarebefordrad");
