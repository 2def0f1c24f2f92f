-- The outbox made robust (lib/events/*): per-row backoff and claims (nextAttemptAt), rejections
-- counted apart from outages, and a dead-letter state. Existing unsent rows are due at once.

-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "deadAt" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "rejections" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "OutboxEvent_sentAt_deadAt_nextAttemptAt_idx" ON "OutboxEvent"("sentAt", "deadAt", "nextAttemptAt");
