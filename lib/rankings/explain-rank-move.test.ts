import { describe, expect, it } from "vitest";
import { explainRankMove } from "./explain-rank-move";

const result = (outcome: "win" | "loss" | "draw", scoreFor: number | null = 2, scoreAgainst: number | null = 0) => ({
  outcome,
  opponentName: "Golden Tide",
  scoreFor,
  scoreAgainst,
});

describe("explainRankMove", () => {
  it("says how far a team climbed and which win did it", () => {
    expect(explainRankMove({ oldRank: 7, newRank: 4, lastResult: result("win") })).toBe(
      "Up 3 to #4 after beating Golden Tide 2–0",
    );
  });
  it("says how far a team fell and which loss did it", () => {
    expect(explainRankMove({ oldRank: 5, newRank: 7, lastResult: result("loss", 0, 2) })).toBe(
      "Down 2 to #7 after losing to Golden Tide 0–2",
    );
  });
  it("names a draw with its score", () => {
    expect(explainRankMove({ oldRank: 6, newRank: 5, lastResult: result("draw", 1, 1) })).toBe(
      "Up 1 to #5 after a 1–1 draw with Golden Tide",
    );
  });
  it("leaves the score out when the match has none", () => {
    expect(explainRankMove({ oldRank: 6, newRank: 5, lastResult: result("win", null, null) })).toBe(
      "Up 1 to #5 after beating Golden Tide",
    );
  });
  it("falls back to the move alone when no new result explains it", () => {
    expect(explainRankMove({ oldRank: 3, newRank: 4, lastResult: null })).toBe("Down 1 to #4");
    expect(explainRankMove({ oldRank: null, newRank: 9 })).toBe("Ranked #9");
  });
});
