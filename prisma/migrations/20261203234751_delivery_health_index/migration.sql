-- CreateIndex
CREATE INDEX "Delivery_createdAt_channel_status_idx" ON "Delivery"("createdAt", "channel", "status");

