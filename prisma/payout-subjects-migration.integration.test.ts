// The 20261203150000_payout_subjects migration backfills what payouts recorded before it: each payout
// ledger row gets its tournament, each finished distribute-payouts run its subject.
import { describe, expect, it } from "vitest";
import { generateDedupKey } from "@/lib/automation/dedup-key";
import { migrate } from "@/scripts/lib/migrate";
import { databaseBeforeMigration } from "@/test-support/database-before-migration";

const MIGRATION = "20261203150000_payout_subjects";

describe(`migration ${MIGRATION}`, () => {
  it("names the tournament of existing payout rows and the subject of existing payout runs", async () => {
    const { url, client } = await databaseBeforeMigration(MIGRATION);
    try {
      const payoutResult = (tournamentId: string) =>
        JSON.stringify({
          status: "success",
          payouts: [],
          dedupKey: generateDedupKey("distribute_payouts", { tournamentId }),
        });
      await client.query(`
        INSERT INTO "User" (id, "updatedAt") VALUES ('u1', now());
        INSERT INTO "Tournament" (id, name, slug, game, status, "updatedAt") VALUES ('t1', 'Cup', 'cup', 'Chess', 'COMPLETED', now()), ('t2', 'Open', 'open', 'Chess', 'COMPLETED', now());
        INSERT INTO "CoinTransaction" (id, "userId", amount, type, "dedupKey") VALUES
          ('c1', 'u1', 1000, 'TOURNAMENT_PAYOUT', 'payout:t1:1'),
          ('c2', 'u1', 500, 'TOURNAMENT_PAYOUT', 'payout:t2:2'),
          ('c3', 'u1', 250, 'TOURNAMENT_PAYOUT', 'payout:gone:3'),
          ('c4', 'u1', 40, 'ADJUSTMENT', 'adjustment:payout:t1:1');`);
      await client.query(
        `INSERT INTO "AutomationRun" (id, job, trigger, status, result) VALUES
          ('r1', 'distribute-payouts', 'MANUAL', 'SUCCEEDED', $1), ('r2', 'distribute-payouts', 'EVENT', 'SUCCEEDED', $2),
          ('r3', 'distribute-payouts', 'EVENT', 'FAILED', NULL), ('r4', 'expire-invites', 'CRON', 'SUCCEEDED', '{"expiredCount": 1}')`,
        [payoutResult("t1"), payoutResult("t2")],
      );

      await migrate(url);

      const ledger = await client.query(`SELECT id, "tournamentId" FROM "CoinTransaction" ORDER BY id`);
      expect(ledger.rows).toEqual([
        { id: "c1", tournamentId: "t1" },
        { id: "c2", tournamentId: "t2" },
        { id: "c3", tournamentId: null },
        { id: "c4", tournamentId: null },
      ]);
      const runs = await client.query(`SELECT id, "subjectType", "subjectId" FROM "AutomationRun" ORDER BY id`);
      expect(runs.rows).toEqual([
        { id: "r1", subjectType: "TOURNAMENT", subjectId: "t1" },
        { id: "r2", subjectType: "TOURNAMENT", subjectId: "t2" },
        { id: "r3", subjectType: null, subjectId: null },
        { id: "r4", subjectType: null, subjectId: null },
      ]);
    } finally {
      await client.end();
    }
  });
});
