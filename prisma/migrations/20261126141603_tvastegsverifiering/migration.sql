-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpHemlighet" TEXT,
ADD COLUMN     "totpSenasteSteg" INTEGER;

-- CreateTable
CREATE TABLE "Aterstallningskod" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "anvand" TIMESTAMP(3),

    CONSTRAINT "Aterstallningskod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Aterstallningskod_userId_hash_key" ON "Aterstallningskod"("userId", "hash");

-- AddForeignKey
ALTER TABLE "Aterstallningskod" ADD CONSTRAINT "Aterstallningskod_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
