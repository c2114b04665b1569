-- AlterTable
ALTER TABLE "Innehall" ADD COLUMN     "agareId" TEXT,
ADD COLUMN     "granskaSenast" DATE NOT NULL DEFAULT (CURRENT_DATE + '1 year'::interval),
ADD COLUMN     "paminnelse14Skickad" DATE,
ADD COLUMN     "paminnelseSkickad" DATE;

-- AlterTable
ALTER TABLE "Insats" ADD COLUMN     "agareId" TEXT,
ADD COLUMN     "granskaSenast" DATE NOT NULL DEFAULT (CURRENT_DATE + '1 year'::interval),
ADD COLUMN     "paminnelse14Skickad" DATE,
ADD COLUMN     "paminnelseSkickad" DATE;

-- CreateIndex
CREATE INDEX "Innehall_granskaSenast_idx" ON "Innehall"("granskaSenast");

-- CreateIndex
CREATE INDEX "Innehall_agareId_idx" ON "Innehall"("agareId");

-- CreateIndex
CREATE INDEX "Insats_granskaSenast_idx" ON "Insats"("granskaSenast");

-- CreateIndex
CREATE INDEX "Insats_agareId_idx" ON "Insats"("agareId");

-- AddForeignKey
ALTER TABLE "Innehall" ADD CONSTRAINT "Innehall_agareId_fkey" FOREIGN KEY ("agareId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_agareId_fkey" FOREIGN KEY ("agareId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing rows: 12 months from the last publish (an insats: its last change), a few days apart
-- by id so that they do not all fall due on one day; what would already be due, or due within
-- 14 days, is spread over the 90 days after the next two weeks instead. No owner: editors pick one.
UPDATE "Innehall" SET "granskaSenast" = CASE
  WHEN (COALESCE("publiceradTid", "skapad") AT TIME ZONE 'Europe/Stockholm')::date + 365 + abs(hashtext("id")) % 28 >= CURRENT_DATE + 14
    THEN (COALESCE("publiceradTid", "skapad") AT TIME ZONE 'Europe/Stockholm')::date + 365 + abs(hashtext("id")) % 28
  ELSE CURRENT_DATE + 14 + abs(hashtext("id")) % 90
END;

UPDATE "Insats" SET "granskaSenast" = CASE
  WHEN ("andrad" AT TIME ZONE 'Europe/Stockholm')::date + 365 + abs(hashtext("id")) % 28 >= CURRENT_DATE + 14
    THEN ("andrad" AT TIME ZONE 'Europe/Stockholm')::date + 365 + abs(hashtext("id")) % 28
  ELSE CURRENT_DATE + 14 + abs(hashtext("id")) % 90
END;
