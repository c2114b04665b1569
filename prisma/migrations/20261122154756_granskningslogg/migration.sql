-- CreateTable
CREATE TABLE "Granskningshandelse" (
    "id" TEXT NOT NULL,
    "tidpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aktorId" TEXT,
    "aktorNamn" TEXT NOT NULL,
    "handling" TEXT NOT NULL,
    "objektTyp" TEXT NOT NULL,
    "objektId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "Granskningshandelse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Granskningshandelse_tidpunkt_idx" ON "Granskningshandelse"("tidpunkt" DESC);

-- CreateIndex
CREATE INDEX "Granskningshandelse_objektTyp_objektId_idx" ON "Granskningshandelse"("objektTyp", "objektId");

-- CreateIndex
CREATE INDEX "Granskningshandelse_aktorId_idx" ON "Granskningshandelse"("aktorId");

-- AddForeignKey
ALTER TABLE "Granskningshandelse" ADD CONSTRAINT "Granskningshandelse_aktorId_fkey" FOREIGN KEY ("aktorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
