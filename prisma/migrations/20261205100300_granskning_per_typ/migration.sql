-- AlterTable
ALTER TABLE "SchemalagdPublicering" ADD COLUMN     "granskningId" TEXT;

-- AlterTable
ALTER TABLE "Granskning" ADD COLUMN     "andringsnot" TEXT;

-- AlterTable
ALTER TABLE "Sidrespons" ADD COLUMN     "agareMeddelad" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InnehallstypInstallning" (
    "typ" TEXT NOT NULL,
    "kraverGranskning" BOOLEAN NOT NULL DEFAULT false,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "andradAvNamn" TEXT,

    CONSTRAINT "InnehallstypInstallning_pkey" PRIMARY KEY ("typ")
);

-- CreateTable
CREATE TABLE "SidresponsAgarmejl" (
    "agareId" TEXT NOT NULL,
    "dag" DATE NOT NULL,

    CONSTRAINT "SidresponsAgarmejl_pkey" PRIMARY KEY ("agareId","dag")
);

-- AddForeignKey
ALTER TABLE "SchemalagdPublicering" ADD CONSTRAINT "SchemalagdPublicering_granskningId_fkey" FOREIGN KEY ("granskningId") REFERENCES "Granskning"("id") ON DELETE SET NULL ON UPDATE CASCADE;
