-- CreateTable
CREATE TABLE "Jobbkorning" (
    "namn" TEXT NOT NULL,
    "startad" TIMESTAMP(3) NOT NULL,
    "klar" TIMESTAMP(3) NOT NULL,
    "resultat" TEXT NOT NULL,
    "meddelande" TEXT,
    "millisekunder" INTEGER NOT NULL,
    "senasteFel" TIMESTAMP(3),
    "senasteFelmeddelande" TEXT,

    CONSTRAINT "Jobbkorning_pkey" PRIMARY KEY ("namn")
);
