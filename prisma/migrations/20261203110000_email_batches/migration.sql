-- Email goes out in provider batches (at most 100 per call): each batch fixes its members before
-- the first attempt, so a retried call carries the same emails under the same idempotency key.
-- CreateEnum
CREATE TYPE "EmailBatchStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "emailBatchId" TEXT;

-- AlterTable
ALTER TABLE "NotificationDigest" ADD COLUMN     "emailBatchId" TEXT,
ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "EmailBatch" (
    "id" TEXT NOT NULL,
    "status" "EmailBatchStatus" NOT NULL DEFAULT 'PENDING',
    "size" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailBatch_status_createdAt_idx" ON "EmailBatch"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_emailBatchId_idx" ON "Delivery"("emailBatchId");

-- CreateIndex
CREATE INDEX "NotificationDigest_emailBatchId_idx" ON "NotificationDigest"("emailBatchId");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_emailBatchId_fkey" FOREIGN KEY ("emailBatchId") REFERENCES "EmailBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_emailBatchId_fkey" FOREIGN KEY ("emailBatchId") REFERENCES "EmailBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

