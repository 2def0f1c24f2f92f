-- Payouts read by column, not by key (lib/payouts/*): a payout ledger row names its tournament, and an
-- automation run names its subject, so nothing parses `payout:<tournament>:<place>` or matches a run's
-- result JSON any more. Existing rows are backfilled from what they recorded until now.

-- CreateEnum
CREATE TYPE "RunSubjectType" AS ENUM ('TOURNAMENT');

-- AlterTable
ALTER TABLE "CoinTransaction" ADD COLUMN     "tournamentId" TEXT;

-- AlterTable
ALTER TABLE "AutomationRun" ADD COLUMN     "subjectId" TEXT,
ADD COLUMN     "subjectType" "RunSubjectType";

-- Backfill: payout rows were keyed `payout:<tournamentId>:<place>` (the last time this is parsed).
UPDATE "CoinTransaction" c
SET "tournamentId" = t.id
FROM "Tournament" t
WHERE c.type = 'TOURNAMENT_PAYOUT'
  AND substring(c."dedupKey" FROM '^payout:(.+):[0-9]+$') = t.id;

-- Backfill: a distribute-payouts run recorded only its result's `dedupKey`, the SHA-256 of the
-- canonical JSON `["distribute_payouts",{"tournamentId":…}]` (lib/automation/dedup-key.ts). Failed
-- runs recorded no result and stay without a subject.
WITH keyed AS (
  SELECT id, encode(sha256(convert_to('["distribute_payouts",{"tournamentId":' || to_json(id)::text || '}]', 'UTF8')), 'hex') AS key
  FROM "Tournament"
)
UPDATE "AutomationRun" r
SET "subjectType" = 'TOURNAMENT', "subjectId" = keyed.id
FROM keyed
WHERE r.job = 'distribute-payouts' AND r.result->>'dedupKey' = keyed.key;

-- CreateIndex
CREATE INDEX "CoinTransaction_tournamentId_idx" ON "CoinTransaction"("tournamentId");

-- CreateIndex
CREATE INDEX "AutomationRun_subjectType_subjectId_startedAt_idx" ON "AutomationRun"("subjectType", "subjectId", "startedAt" DESC);

-- AddForeignKey
ALTER TABLE "CoinTransaction" ADD CONSTRAINT "CoinTransaction_tournamentId_fkey" FOREIGN KEY ("tournamentId") REFERENCES "Tournament"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
