// The standings say when they are behind: a posted result is "pending" until the rankings job has
// counted it — for the leaderboard and for the two teams that played — and the job's last success
// is the "last updated" time.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { postMatchResult } from "@/lib/tournaments/post-match-result";
import { ADMIN, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { getRankingsFreshness } from "./get-rankings-freshness";
import { recomputeRankings } from "./recompute-rankings";

const MATCH = "seed_match_ongoing_r1_crimson_azure";

beforeEach(async () => {
  await resetDemoData();
});

describe("rankings freshness", () => {
  it("marks a posted result pending until the recompute counts it, for the board and the two teams only", async () => {
    // The core demo's six completed results were never ranked: all pending, until a recompute.
    expect(await getRankingsFreshness()).toEqual({ updatedAt: null, pendingResults: 6 });
    await recomputeRankings();
    expect((await getRankingsFreshness()).pendingResults).toBe(0);

    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 });
    expect((await getRankingsFreshness()).pendingResults).toBe(1);
    expect((await getRankingsFreshness(seedId.team("crimson"))).pendingResults).toBe(1);
    expect((await getRankingsFreshness(seedId.team("azure"))).pendingResults).toBe(1);
    expect((await getRankingsFreshness(seedId.team("golden"))).pendingResults).toBe(0);

    await recomputeRankings();
    expect((await getRankingsFreshness()).pendingResults).toBe(0);
    expect((await getRankingsFreshness(seedId.team("crimson"))).pendingResults).toBe(0);
  });

  it("reads the last update from the rankings job's latest success", async () => {
    const finishedAt = new Date("2026-12-04T02:00:00Z");
    await db.automationRun.createMany({
      data: [
        { job: "recompute-rankings", trigger: "CRON", status: "SUCCEEDED", finishedAt },
        { job: "recompute-rankings", trigger: "MANUAL", status: "FAILED", finishedAt: new Date() },
        { job: "expire-invites", trigger: "CRON", status: "SUCCEEDED", finishedAt: new Date() },
      ],
    });
    expect((await getRankingsFreshness()).updatedAt).toEqual(finishedAt);
  });
});
