import { describe, expect, it } from "vitest";
import { summarizeRunResult } from "./summarize-run-result";

describe("summarizing a run's result for the runs table", () => {
  it("names the counts each job records", () => {
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { expiredCount: 3 } })).toBe("expired 3");
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { activatedCount: 1, expiredCount: 2 } })).toBe(
      "expired 2 · activated 1",
    );
    expect(
      summarizeRunResult({
        status: "SUCCEEDED",
        result: { status: "success", updatedCount: 4, movedCount: 12, dedupKey: "k", topMoves: [] },
      }),
    ).toBe("moved 12 · updated 4");
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { wrappedUpCount: 1, tournamentIds: ["t"] } })).toBe(
      "wrapped up 1",
    );
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { dueCount: 40, sent: 38, skipped: 2 } })).toBe(
      "due 40 · sent 38 · skipped 2",
    );
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { brandNewCount: 7 } })).toBe("brand new 7");
  });

  it("says what a payout run did", () => {
    const payouts = [{ amount: 1000 }, { amount: 500 }, { amount: 250 }];
    expect(summarizeRunResult({ status: "SUCCEEDED", result: { status: "success", payouts, dedupKey: "k" } })).toBe(
      "paid 3 · 1,750 coins",
    );
    expect(
      summarizeRunResult({ status: "SUCCEEDED", result: { status: "already_distributed", payouts, dedupKey: "k" } }),
    ).toBe("already distributed (3 payouts)");
    expect(
      summarizeRunResult({
        status: "SUCCEEDED",
        result: { status: "not_ready", reason: "Cup is ongoing, not completed.", payouts: [], dedupKey: "k" },
      }),
    ).toBe("not ready: Cup is ongoing, not completed.");
  });

  it("covers running, skipped, failed and empty runs", () => {
    expect(summarizeRunResult({ status: "RUNNING", result: null })).toBe("running…");
    expect(
      summarizeRunResult({
        status: "SKIPPED",
        result: { reason: "already ran for period 2026-11-29", duplicateOf: "r" },
      }),
    ).toBe("skipped: already ran for period 2026-11-29");
    expect(summarizeRunResult({ status: "FAILED", result: null })).toBe("failed");
    expect(summarizeRunResult({ status: "SUCCEEDED", result: {} })).toBe("done");
  });
});
