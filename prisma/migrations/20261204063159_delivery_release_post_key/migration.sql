-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "releasePostKey" TEXT;

-- CreateIndex
CREATE INDEX "Delivery_releasePostKey_idx" ON "Delivery"("releasePostKey");

