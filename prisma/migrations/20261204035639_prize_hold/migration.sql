-- AlterTable
ALTER TABLE "Tournament" ADD COLUMN     "payoutsFrozenAt" TIMESTAMP(3),
ADD COLUMN     "payoutsFrozenById" TEXT,
ADD COLUMN     "payoutsFrozenReason" TEXT;

