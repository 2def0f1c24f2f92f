// The admin's tournament set-up on the real database: create it, let teams register up to its size,
// generate the round robin (every pair once, each roster told), and what is refused on the way.
import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN, outboxRows, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { db } from "@/lib/db";
import { createTournament } from "./create-tournament";
import { generateRoundRobin } from "./generate-round-robin";
import { registerTeam } from "./register-team";

const DAY = 24 * 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const CAPTAINS = [
  ["alex", "crimson"],
  ["lena", "azure"],
  ["kenji", "golden"],
  ["olivia", "obsidian"],
] as const;

beforeEach(() => resetDemoData());

async function newCup(overrides: Partial<Parameters<typeof createTournament>[1]> = {}) {
  return createTournament(ADMIN, {
    name: "Winter Cup",
    game: "Valorant",
    startsAt: inDays(10),
    maxTeams: 8,
    ...overrides,
  });
}

describe("createTournament", () => {
  it("opens a tournament for registration with a free slug and the default 1000/500/250 prizes", async () => {
    const first = await newCup();
    const second = await newCup({ prizes: [3000, 1000, 0], maxTeams: 4 });
    expect([first.slug, second.slug]).toEqual(["winter-cup", "winter-cup-2"]);
    const rows = await db.tournament.findMany({
      where: { id: { in: [first.tournamentId, second.tournamentId] } },
      orderBy: { slug: "asc" },
      select: { status: true, prizes: true, maxTeams: true, game: true },
    });
    expect(rows).toEqual([
      { status: "REGISTRATION", prizes: [1000, 500, 250], maxTeams: 8, game: "Valorant" },
      { status: "REGISTRATION", prizes: [3000, 1000, 0], maxTeams: 4, game: "Valorant" },
    ]);
  });

  it.each([
    [{ name: "X" }, "Enter a tournament name of 3 to 80 characters."],
    [{ startsAt: inDays(-1) }, "Pick a start in the future."],
    [{ maxTeams: 1 }, "A tournament takes from 2 to 64 teams."],
    [{ prizes: [100, 500, 250] }, "A lower place cannot win more than a higher one."],
    [{ prizes: [100, -5, 0] }, "Each prize is a whole number of coins from 0 to 1,000,000."],
  ])("refuses %j and creates nothing", async (overrides, message) => {
    const before = await db.tournament.count();
    await expect(newCup(overrides)).rejects.toMatchObject({ message: expect.stringContaining(message) });
    expect(await db.tournament.count()).toBe(before);
  });

  it("is for admins only", async () => {
    await expect(
      createTournament(player("alex"), { name: "Mine", game: "Chess", startsAt: inDays(3), maxTeams: 4 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("registering up to the tournament's size", () => {
  it("refuses the team after the last place is taken, even when two register at once", async () => {
    const { tournamentId } = await newCup({ maxTeams: 3 });
    const results = await Promise.allSettled(
      CAPTAINS.map(([captain, team]) => registerTeam(player(captain), { tournamentId, teamId: seedId.team(team) })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason.message).toBe(
      "Winter Cup is full: all 3 places are taken.",
    );
    expect(await db.registration.count({ where: { tournamentId } })).toBe(3);
  });
});

describe("generateRoundRobin", () => {
  it("schedules every pair of registered teams once, rounds apart, and tells each roster of each match", async () => {
    const { tournamentId } = await newCup();
    for (const [captain, team] of CAPTAINS)
      await registerTeam(player(captain), { tournamentId, teamId: seedId.team(team) });
    const firstMatchAt = inDays(11);
    const result = await generateRoundRobin(ADMIN, { tournamentId, firstMatchAt, hoursBetweenRounds: 48 });

    expect(result).toEqual({ tournamentId, rounds: 3, matches: 6 });
    const matches = await db.match.findMany({ where: { tournamentId }, orderBy: { round: "asc" } });
    const pairs = matches.map((match) => [match.teamAId, match.teamBId].sort().join());
    expect(new Set(pairs).size).toBe(6);
    expect(matches.every((match) => match.status === "SCHEDULED")).toBe(true);
    expect([...new Set(matches.map((match) => match.scheduledAt?.toISOString()))]).toEqual(
      [0, 2, 4].map((days) => new Date(new Date(firstMatchAt).getTime() + days * DAY).toISOString()),
    );
    expect(
      (await outboxRows("match/scheduled")).filter((row) => JSON.stringify(row).includes(tournamentId)),
    ).toHaveLength(6);

    await expect(
      generateRoundRobin(ADMIN, { tournamentId, firstMatchAt, hoursBetweenRounds: 48 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Winter Cup already has matches: schedule more one at a time.",
    });
    expect(await db.match.count({ where: { tournamentId } })).toBe(6);
  });

  it("needs two registered teams, and an admin", async () => {
    const { tournamentId } = await newCup();
    const input = { tournamentId, firstMatchAt: inDays(11), hoursBetweenRounds: 24 };
    await expect(generateRoundRobin(ADMIN, input)).rejects.toMatchObject({
      message: "Winter Cup needs at least two registered teams for a round robin.",
    });
    await expect(generateRoundRobin(player("alex"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
