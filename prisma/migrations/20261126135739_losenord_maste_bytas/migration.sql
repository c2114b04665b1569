-- AlterTable
ALTER TABLE "User" ADD COLUMN     "losenordMasteBytas" BOOLEAN NOT NULL DEFAULT false;
