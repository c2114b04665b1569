-- CreateEnum
CREATE TYPE "SchemaAtgard" AS ENUM ('PUBLICERA', 'AVPUBLICERA');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InnehallHandling" ADD VALUE 'AVPUBLICERING';
ALTER TYPE "InnehallHandling" ADD VALUE 'ARKIVERING';
ALTER TYPE "InnehallHandling" ADD VALUE 'ADRESSBYTE';

-- AlterTable
ALTER TABLE "Innehall" ADD COLUMN     "arkiverad" TIMESTAMP(3),
ADD COLUMN     "avpublicerad" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SchemalagdPublicering" ADD COLUMN     "atgard" "SchemaAtgard" NOT NULL DEFAULT 'PUBLICERA',
ALTER COLUMN "data" DROP NOT NULL;

-- CreateTable
CREATE TABLE "GammalAdress" (
    "slug" TEXT NOT NULL,
    "innehallId" TEXT NOT NULL,
    "till" TEXT,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GammalAdress_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "GammalAdress_innehallId_idx" ON "GammalAdress"("innehallId");

-- CreateIndex
CREATE INDEX "GammalAdress_till_idx" ON "GammalAdress"("till");

-- AddForeignKey
ALTER TABLE "GammalAdress" ADD CONSTRAINT "GammalAdress_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE CASCADE ON UPDATE CASCADE;
