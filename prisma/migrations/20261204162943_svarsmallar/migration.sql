-- CreateTable
CREATE TABLE "Svarsmall" (
    "id" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "typ" "SynpunktTyp",
    "text" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Svarsmall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Svarsmall_typ_namn_idx" ON "Svarsmall"("typ", "namn");
