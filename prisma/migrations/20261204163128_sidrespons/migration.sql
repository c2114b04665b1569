-- CreateTable
CREATE TABLE "Sidrespons" (
    "id" TEXT NOT NULL,
    "sida" TEXT NOT NULL,
    "hittade" BOOLEAN NOT NULL,
    "kommentar" TEXT,
    "kommentarTid" TIMESTAMP(3),
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sidrespons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sidrespons_sida_skapad_idx" ON "Sidrespons"("sida", "skapad");

-- CreateIndex
CREATE INDEX "Sidrespons_kommentarTid_idx" ON "Sidrespons"("kommentarTid");
