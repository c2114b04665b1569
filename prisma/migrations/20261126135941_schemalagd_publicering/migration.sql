-- CreateTable
CREATE TABLE "SchemalagdPublicering" (
    "id" TEXT NOT NULL,
    "innehallId" TEXT NOT NULL,
    "tidpunkt" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,
    "skapadAvId" TEXT,
    "skapadAvNamn" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "utford" TIMESTAMP(3),
    "avbruten" TIMESTAMP(3),

    CONSTRAINT "SchemalagdPublicering_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SchemalagdPublicering_utford_avbruten_tidpunkt_idx" ON "SchemalagdPublicering"("utford", "avbruten", "tidpunkt");

-- CreateIndex
CREATE INDEX "SchemalagdPublicering_innehallId_idx" ON "SchemalagdPublicering"("innehallId");

-- AddForeignKey
ALTER TABLE "SchemalagdPublicering" ADD CONSTRAINT "SchemalagdPublicering_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemalagdPublicering" ADD CONSTRAINT "SchemalagdPublicering_skapadAvId_fkey" FOREIGN KEY ("skapadAvId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
