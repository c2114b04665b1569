-- AlterTable
ALTER TABLE "User" ADD COLUMN     "borttagen" TIMESTAMP(3),
ADD COLUMN     "totpNyckel" TEXT;

-- AlterTable
ALTER TABLE "Utskick" ADD COLUMN     "losenordslankId" TEXT;

-- CreateTable
CREATE TABLE "Losenordslank" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hash" TEXT,
    "giltigTill" TIMESTAMP(3),
    "anvand" TIMESTAMP(3),
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Losenordslank_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Losenordslank_hash_key" ON "Losenordslank"("hash");

-- CreateIndex
CREATE INDEX "Losenordslank_userId_idx" ON "Losenordslank"("userId");

-- CreateIndex
CREATE INDEX "Utskick_losenordslankId_idx" ON "Utskick"("losenordslankId");

-- AddForeignKey
ALTER TABLE "Losenordslank" ADD CONSTRAINT "Losenordslank_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Utskick" ADD CONSTRAINT "Utskick_losenordslankId_fkey" FOREIGN KEY ("losenordslankId") REFERENCES "Losenordslank"("id") ON DELETE CASCADE ON UPDATE CASCADE;
