-- AlterTable
ALTER TABLE "Insats" ADD COLUMN     "planeradSlut" DATE,
ADD COLUMN     "planeradStart" DATE;
