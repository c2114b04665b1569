-- CreateTable
CREATE TABLE "Driftmeddelande" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "slut" TIMESTAMP(3) NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Driftmeddelande_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Driftmeddelande_slut_idx" ON "Driftmeddelande"("slut");
