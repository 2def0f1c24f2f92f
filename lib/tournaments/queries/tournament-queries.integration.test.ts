import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { distributePayouts } from "@/lib/payouts/distribute-payouts";
import { resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { getTournamentDetail } from "./get-tournament-detail";
import { getViewerTimeZone } from "./get-viewer-time-zone";
import { listTournaments } from "./list-tournaments";
import { tournamentExists } from "./tournament-exists";

const COMPLETED = seedId.tournament("completed");

beforeEach(() => resetDemoData());

async function addDraft() {
  await db.tournament.create({
    data: { name: "Secret Draft Cup", slug: "secret-draft-cup", game: "Chess", status: "DRAFT" },
  });
}

describe("getTournamentDetail", () => {
  it("shows a completed tournament's placements with prizes, unpaid until the payout job runs, then paid", async () => {
    const before = await getTournamentDetail("crown-cup-s1");
    expect(before?.payouts.state).toBe("pending");
    expect(before?.placements.map(({ place, team, prize, paid }) => [place, team.name, prize, paid])).toEqual([
      [1, "Crimson Vanguard", 1000, null],
      [2, "Golden Tide", 500, null],
      [3, "Azure Phantoms", 250, null],
      [4, "Obsidian Owls", 0, null],
    ]);

    await distributePayouts({ tournamentId: COMPLETED, runId: "test" });

    const after = await getTournamentDetail("crown-cup-s1");
    expect(after?.payouts).toMatchObject({ state: "paid", totalCoins: 1750 });
    expect(after?.placements.slice(0, 3).map((placement) => placement.paid?.amount)).toEqual([1000, 500, 250]);
  });

  it("groups matches by round, in order", async () => {
    const ongoing = await getTournamentDetail("nightfall-masters");
    expect(ongoing?.rounds.map((round) => [round.round, round.matches.length])).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    expect(ongoing?.teams).toHaveLength(4);
    expect(ongoing?.payouts.state).toBe("none");
  });

  it("hides drafts from everyone but admins, and knows no unknown slug", async () => {
    await addDraft();
    expect(await getTournamentDetail("secret-draft-cup")).toBeNull();
    expect(await tournamentExists("secret-draft-cup")).toBe(false);
    expect(await getTournamentDetail("secret-draft-cup", { includeDrafts: true })).toMatchObject({
      name: "Secret Draft Cup",
      status: "DRAFT",
    });
    expect(await tournamentExists("secret-draft-cup", { includeDrafts: true })).toBe(true);
    expect(await getTournamentDetail("no-such-cup", { includeDrafts: true })).toBeNull();
  });
});

describe("listTournaments", () => {
  it("groups by status, live first, and lists drafts for admins only", async () => {
    await addDraft();
    const groups = await listTournaments();
    expect(groups.map((group) => [group.heading, group.tournaments.map((tournament) => tournament.name)])).toEqual([
      ["Live now", ["Nightfall Masters"]],
      ["Open for registration", ["Rocket Rumble Open"]],
      ["Completed", ["Crown Cup — Winter Qualifier", "Crown Cup — Season 1"]],
    ]);
    expect(groups[1]?.tournaments[0]).toMatchObject({ teamCount: 2, matchCount: 0 });

    const adminGroups = await listTournaments({ includeDrafts: true });
    expect(adminGroups.at(-1)).toMatchObject({
      status: "DRAFT",
      tournaments: [expect.objectContaining({ name: "Secret Draft Cup" })],
    });
  });
});

describe("getViewerTimeZone", () => {
  it("is the user's own time zone, else UTC", async () => {
    expect(await getViewerTimeZone(seedId.user("kenji"))).toBe("Asia/Tokyo");
    expect(await getViewerTimeZone(null)).toBe("UTC");
    expect(await getViewerTimeZone("no_such_user")).toBe("UTC");
  });
});
