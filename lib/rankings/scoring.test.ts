import { describe, expect, it } from "vitest";
import { DRAW_POINTS, LOSS_POINTS, WIN_POINTS, pointsFor, rankStandings, type TStanding } from "./scoring";

const team = (name: string, wins: number, draws: number, losses: number): TStanding => ({
  name,
  wins,
  draws,
  losses,
  points: pointsFor({ wins, draws, losses }),
});
const order = (standings: TStanding[]) => rankStandings(standings).map((standing) => standing.name);

describe("scoring", () => {
  it("gives 3 points for a win, 1 for a draw and 0 for a loss", () => {
    expect([WIN_POINTS, DRAW_POINTS, LOSS_POINTS]).toEqual([3, 1, 0]);
    expect(pointsFor({ wins: 2, draws: 3, losses: 4 })).toBe(9);
    expect(pointsFor({ wins: 0, draws: 0, losses: 0 })).toBe(0);
  });

  it("ranks by points first", () => {
    expect(order([team("Low", 1, 0, 0), team("High", 2, 0, 5)])).toEqual(["High", "Low"]);
  });

  it("on equal points, ranks the team with more wins first", () => {
    // 1 win + 0 draws = 3 points = 0 wins + 3 draws
    expect(order([team("Drawer", 0, 3, 0), team("Winner", 1, 0, 2)])).toEqual(["Winner", "Drawer"]);
  });

  it("on equal points and wins, ranks the team with fewer losses first", () => {
    expect(order([team("Many losses", 1, 1, 4), team("Few losses", 1, 1, 1)])).toEqual(["Few losses", "Many losses"]);
  });

  it("on equal points, wins and losses, ranks by name in byte order (uppercase before lowercase)", () => {
    expect(order([team("bravo", 1, 0, 1), team("alpha", 1, 0, 1), team("Zulu", 1, 0, 1)])).toEqual([
      "Zulu",
      "alpha",
      "bravo",
    ]);
  });

  it("ranks teams without matches by the same rule, as 0 points", () => {
    expect(order([team("Beaten", 0, 0, 3), team("Idle", 0, 0, 0), team("Scorer", 0, 1, 0)])).toEqual([
      "Scorer",
      "Idle",
      "Beaten",
    ]);
  });

  it("numbers ranks 1..n without ties", () => {
    const ranked = rankStandings([team("C", 1, 0, 0), team("A", 1, 0, 0), team("B", 1, 0, 0)]);
    expect(ranked.map((standing) => standing.rank)).toEqual([1, 2, 3]);
    expect(ranked.map((standing) => standing.name)).toEqual(["A", "B", "C"]);
  });
});
