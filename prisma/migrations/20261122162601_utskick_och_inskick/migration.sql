-- CreateTable
CREATE TABLE "Utskick" (
    "id" TEXT NOT NULL,
    "synpunktId" TEXT,
    "till" TEXT NOT NULL,
    "amne" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "skickad" TIMESTAMP(3),
    "forsok" INTEGER NOT NULL DEFAULT 0,
    "nastaForsok" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "senasteFel" TEXT,

    CONSTRAINT "Utskick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inskick" (
    "klient" TEXT NOT NULL,
    "fonster" TIMESTAMP(3) NOT NULL,
    "antal" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Inskick_pkey" PRIMARY KEY ("klient","fonster")
);

-- CreateIndex
CREATE INDEX "Utskick_skickad_nastaForsok_idx" ON "Utskick"("skickad", "nastaForsok");

-- CreateIndex
CREATE INDEX "Utskick_synpunktId_idx" ON "Utskick"("synpunktId");

-- CreateIndex
CREATE INDEX "Inskick_fonster_idx" ON "Inskick"("fonster");

-- AddForeignKey
ALTER TABLE "Utskick" ADD CONSTRAINT "Utskick_synpunktId_fkey" FOREIGN KEY ("synpunktId") REFERENCES "Synpunkt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
