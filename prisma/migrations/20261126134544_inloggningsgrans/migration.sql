-- AlterTable
ALTER TABLE "User" DROP COLUMN "lastTill",
DROP COLUMN "misslyckadeInloggningar";

-- CreateTable
CREATE TABLE "Inloggningsgrans" (
    "nyckel" TEXT NOT NULL,
    "misslyckade" INTEGER NOT NULL DEFAULT 0,
    "vantaTill" TIMESTAMP(3),
    "senast" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inloggningsgrans_pkey" PRIMARY KEY ("nyckel")
);

-- CreateIndex
CREATE INDEX "Inloggningsgrans_senast_idx" ON "Inloggningsgrans"("senast");
