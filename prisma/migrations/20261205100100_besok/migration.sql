-- CreateTable
CREATE TABLE "BesokSida" (
    "dag" DATE NOT NULL,
    "sokvag" TEXT NOT NULL,
    "antal" INTEGER NOT NULL,

    CONSTRAINT "BesokSida_pkey" PRIMARY KEY ("dag","sokvag")
);

-- CreateTable
CREATE TABLE "BesokKalla" (
    "dag" DATE NOT NULL,
    "doman" TEXT NOT NULL,
    "antal" INTEGER NOT NULL,

    CONSTRAINT "BesokKalla_pkey" PRIMARY KEY ("dag","doman")
);

-- CreateTable
CREATE TABLE "BesokSokning" (
    "dag" DATE NOT NULL,
    "fraga" TEXT NOT NULL,
    "antal" INTEGER NOT NULL,
    "utanTraffar" INTEGER NOT NULL,

    CONSTRAINT "BesokSokning_pkey" PRIMARY KEY ("dag","fraga")
);
