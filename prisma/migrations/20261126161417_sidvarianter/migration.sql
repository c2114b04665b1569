-- CreateTable
CREATE TABLE "SidaVariant" (
    "slug" TEXT NOT NULL,
    "sprak" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "ingress" TEXT NOT NULL,
    "brodtext" TEXT NOT NULL DEFAULT '',
    "uppdaterad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SidaVariant_pkey" PRIMARY KEY ("slug","sprak")
);
