-- CreateTable
CREATE TABLE "TrasigLank" (
    "id" TEXT NOT NULL,
    "innehallId" TEXT,
    "insatsId" TEXT,
    "href" TEXT NOT NULL,
    "slag" TEXT NOT NULL,
    "orsak" TEXT NOT NULL,
    "forstSedd" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "senastKontrollerad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrasigLank_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrasigLank_innehallId_href_key" ON "TrasigLank"("innehallId", "href");

-- CreateIndex
CREATE UNIQUE INDEX "TrasigLank_insatsId_href_key" ON "TrasigLank"("insatsId", "href");

-- AddForeignKey
ALTER TABLE "TrasigLank" ADD CONSTRAINT "TrasigLank_innehallId_fkey" FOREIGN KEY ("innehallId") REFERENCES "Innehall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrasigLank" ADD CONSTRAINT "TrasigLank_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE CASCADE ON UPDATE CASCADE;
