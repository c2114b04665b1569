-- AlterTable
ALTER TABLE "SidaVariant" DROP CONSTRAINT "SidaVariant_pkey",
ADD COLUMN     "av" TEXT NOT NULL DEFAULT 'sida',
ADD CONSTRAINT "SidaVariant_pkey" PRIMARY KEY ("av", "slug", "sprak");
