-- AlterTable
ALTER TABLE "Tournament" ADD COLUMN     "maxTeams" INTEGER NOT NULL DEFAULT 16;

