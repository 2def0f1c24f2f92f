import { describe, expect, it } from "vitest";
import { roundRobinRounds } from "./round-robin";

const key = ([a, b]: [string, string]) => [a, b].sort().join("-");

describe("roundRobinRounds", () => {
  it.each([2, 3, 4, 5, 8, 11, 16])("pairs %i entrants once each, in rounds of disjoint pairs", (count) => {
    const entrants = Array.from({ length: count }, (_, index) => `t${index + 1}`);
    const rounds = roundRobinRounds(entrants);
    expect(rounds).toHaveLength(count % 2 === 0 ? count - 1 : count);
    const pairs = rounds.flat().map(key);
    expect(pairs).toHaveLength((count * (count - 1)) / 2);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const round of rounds) {
      const playing = round.flat();
      expect(new Set(playing).size).toBe(playing.length);
      expect(round).toHaveLength(Math.floor(count / 2));
    }
  });

  it("gives each entrant a bye exactly once when the count is odd", () => {
    const rounds = roundRobinRounds(["a", "b", "c", "d", "e"]);
    const resting = rounds.map((round) => ["a", "b", "c", "d", "e"].find((team) => !round.flat().includes(team)));
    expect([...resting].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("has nothing to pair for fewer than two entrants", () => {
    expect(roundRobinRounds(["solo"]).flat()).toEqual([]);
    expect(roundRobinRounds([])).toEqual([]);
  });
});
