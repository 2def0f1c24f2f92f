-- CreateEnum
CREATE TYPE "NotificationOutcome" AS ENUM ('ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "collapseKey" TEXT,
ADD COLUMN     "outcome" "NotificationOutcome",
ADD COLUMN     "supersededAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_userId_collapseKey_idx" ON "Notification"("userId", "collapseKey");


-- Backfill: invite notifications whose invite was already answered, withdrawn or expired show that
-- outcome (and no longer count as unread: their call to action is gone).
UPDATE "Notification" n
SET "outcome" = (CASE i."status"
      WHEN 'ACCEPTED' THEN 'ACCEPTED'
      WHEN 'DECLINED' THEN 'DECLINED'
      WHEN 'CANCELLED' THEN 'WITHDRAWN'
      ELSE 'EXPIRED' END)::"NotificationOutcome",
    "readAt" = COALESCE(n."readAt", i."respondedAt", now())
FROM "TeamInvite" i
WHERE n."type" = 'invite_sent' AND n."data"->>'inviteId' = i."id" AND i."status" <> 'PENDING';

-- Backfill: match schedule notices carry their match's collapse key; of each user's notices about one
-- match, all but the newest are superseded.
UPDATE "Notification"
SET "collapseKey" = 'match_scheduled:' || ("data"->>'matchId')
WHERE "type" = 'match_scheduled' AND "data"->>'matchId' IS NOT NULL;

UPDATE "Notification" n
SET "supersededAt" = now(), "readAt" = COALESCE(n."readAt", now())
WHERE n."collapseKey" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "Notification" newer
    WHERE newer."userId" = n."userId" AND newer."collapseKey" = n."collapseKey"
      AND (newer."createdAt", newer."id") > (n."createdAt", n."id"));
