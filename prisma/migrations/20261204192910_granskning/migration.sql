-- CreateEnum
CREATE TYPE "GranskningStatus" AS ENUM ('VANTAR', 'GODKAND', 'TILLBAKA', 'ATERKALLAD', 'UTAN_GRANSKNING', 'GRANSKAD_I_EFTERHAND');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InnehallHandling" ADD VALUE 'SKICKAD_FOR_GRANSKNING';
ALTER TYPE "InnehallHandling" ADD VALUE 'TILLBAKASKICKAD';
ALTER TYPE "InnehallHandling" ADD VALUE 'GRANSKNING_ATERKALLAD';
ALTER TYPE "InnehallHandling" ADD VALUE 'GRANSKAD_I_EFTERHAND';

-- AlterTable
ALTER TABLE "Innehall" ADD COLUMN     "kraverGranskning" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Granskning" (
    "id" TEXT NOT NULL,
    "innehallId" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "status" "GranskningStatus" NOT NULL,
    "forfattareId" TEXT,
    "forfattarNamn" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "motivering" TEXT,
    "avgjordAvId" TEXT,
    "avgjordAvNamn" TEXT,
    "avgjord" TIMESTAMP(3),
    "kommentar" TEXT,

    CONSTRAINT "Granskning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Granskning_status_skapad_idx" ON "Granskning"("status", "skapad");

-- CreateIndex
CREATE INDEX "Granskning_innehallId_idx" ON "Granskning"("innehallId");

-- AddForeignKey
ALTER TABLE "Granskning" ADD CONSTRAINT "Granskning_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
