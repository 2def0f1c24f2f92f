-- Discord posts are claimed by the notify function and posted by their own function
-- (inngest/functions/post-to-discord.ts): a status of their own (SENDING = the POST may be under way),
-- the payload fixed at claim time, the request's dedup key and the webhook's key; and per-webhook
-- rate-limit state.

-- CreateEnum
CREATE TYPE "DiscordPostStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable: the new columns, filled in for the rows claimed by the previous Discord step. Its
-- dedup keys were "<request dedup key>:<PLATFORM|TEAM>:<teamId|platform>"; kept, so a redelivered
-- old request still finds its claim.
ALTER TABLE "DiscordPost" ADD COLUMN "payload" JSONB,
ADD COLUMN "requestDedupKey" TEXT,
ADD COLUMN "webhookKey" TEXT;

UPDATE "DiscordPost" SET
    "payload" = '{}'::jsonb,
    "requestDedupKey" = regexp_replace("dedupKey", ':(PLATFORM|TEAM):[^:]*$', ''),
    "webhookKey" = CASE WHEN "target" = 'PLATFORM' THEN 'platform' ELSE 'team:' || COALESCE("teamId", '') END;

ALTER TABLE "DiscordPost" ALTER COLUMN "payload" SET NOT NULL,
ALTER COLUMN "requestDedupKey" SET NOT NULL,
ALTER COLUMN "webhookKey" SET NOT NULL;

-- AlterTable: status moves to its own enum. A PENDING row of the previous step has no stored payload
-- and an unknown outcome (that step posted inside a transaction that may not have committed): it is
-- closed as FAILED with the reason, never posted again.
UPDATE "DiscordPost"
SET "reason" = 'claimed before Discord post claims existed; its outcome is unknown, so it is not posted again'
WHERE "status" NOT IN ('SENT', 'FAILED');

ALTER TABLE "DiscordPost" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "DiscordPost" ALTER COLUMN "status" TYPE "DiscordPostStatus"
    USING (CASE WHEN "status"::text = 'SENT' THEN 'SENT' ELSE 'FAILED' END)::"DiscordPostStatus";
ALTER TABLE "DiscordPost" ALTER COLUMN "status" SET DEFAULT 'PENDING';

-- CreateTable
CREATE TABLE "DiscordRateLimit" (
    "webhookKey" TEXT NOT NULL,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiscordRateLimit_pkey" PRIMARY KEY ("webhookKey")
);

-- CreateIndex
CREATE INDEX "DiscordPost_requestDedupKey_idx" ON "DiscordPost"("requestDedupKey");
