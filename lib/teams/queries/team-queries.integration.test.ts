import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { distributePayouts } from "@/lib/payouts/distribute-payouts";
import { ADMIN, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { getCoinBalance } from "./get-coin-balance";
import { getLeaderboard } from "./get-leaderboard";
import { getTeamManagement } from "./get-team-management";
import { getTeamProfile } from "./get-team-profile";
import { listInvitesForUser } from "./list-invites-for-user";
import { teamExists } from "./team-exists";

const CRIMSON = seedId.team("crimson");
const ALEX = seedId.user("alex");
const COMPLETED = seedId.tournament("completed");
const crimson = { id: CRIMSON, captainId: ALEX };

beforeEach(() => resetDemoData());

describe("getCoinBalance", () => {
  it("is the sum of the user's ledger rows: 0, then the prize, then less an adjustment", async () => {
    expect(await getCoinBalance(ALEX)).toBe(0);
    await distributePayouts({ tournamentId: COMPLETED, runId: "test" });
    expect(await getCoinBalance(ALEX)).toBe(1000);
    await db.coinTransaction.create({
      data: { userId: ALEX, amount: -200, type: "ADJUSTMENT", dedupKey: "test:adjustment" },
    });
    expect(await getCoinBalance(ALEX)).toBe(800);
    expect(await getCoinBalance(seedId.user("kenji"))).toBe(500);
  });
});

describe("getTeamManagement", () => {
  it("gives the captain the balance, pending invites (a stale one flagged expired) and the webhook masked", async () => {
    await distributePayouts({ tournamentId: COMPLETED, runId: "test" });
    await db.team.update({
      where: { id: CRIMSON },
      data: {
        discordWebhookUrl: "https://discord.com/api/webhooks/1234567/secret_token_value_abcdefghij",
        discordWebhookBrokenAt: new Date(),
      },
    });
    await db.discordPost.create({
      data: {
        dedupKey: "broken-post",
        requestDedupKey: "broken-request",
        webhookKey: `team:${CRIMSON}`,
        target: "TEAM",
        teamId: CRIMSON,
        type: "match_result",
        payload: {},
        status: "FAILED",
        reason: "Discord answered 404 Unknown Webhook",
      },
    });

    const management = await getTeamManagement(player("alex"), crimson);

    expect(management?.captainBalance).toBe(1000);
    expect(management?.pendingInvites).toEqual([
      expect.objectContaining({
        invitee: expect.objectContaining({ name: "Sofia Lindqvist" }),
        invitedBy: "Alex Carter",
        isExpired: true,
      }),
    ]);
    expect(management?.webhook).toEqual({
      maskedUrl: "discord.com/…/webhooks/1234567/••••",
      broken: { at: expect.any(Date), lastError: "Discord answered 404 Unknown Webhook" },
    });
    expect(JSON.stringify(management)).not.toContain("secret_token");
  });

  it("gives admins the same, and nothing at all to members, other captains or visitors", async () => {
    expect(await getTeamManagement(ADMIN, crimson)).not.toBeNull();
    expect(await getTeamManagement(player("jamie"), crimson)).toBeNull();
    expect(await getTeamManagement(player("olivia"), crimson)).toBeNull();
    expect(await getTeamManagement(null, crimson)).toBeNull();
  });
});

describe("getLeaderboard", () => {
  it("lists ranked teams by rank and teams without a rank last, with games played", async () => {
    await db.team.update({ where: { id: seedId.team("golden") }, data: { rank: 1, points: 6, wins: 2, losses: 1 } });
    await db.team.update({ where: { id: CRIMSON }, data: { rank: 2, points: 7, wins: 2, draws: 1 } });

    const rows = await getLeaderboard();

    expect(rows.map((row) => [row.name, row.rank, row.gamesPlayed])).toEqual([
      ["Golden Tide", 1, 3],
      ["Crimson Vanguard", 2, 3],
      ["Azure Phantoms", null, 0],
      ["Obsidian Owls", null, 0],
    ]);
  });
});

describe("getTeamProfile", () => {
  it("shows the roster captain first, running sponsors and current promotions only, and results from the team's side", async () => {
    await distributePayouts({ tournamentId: COMPLETED, runId: "test" });
    const team = await getTeamProfile("crimson-vanguard");

    expect(team?.roster.map((member) => [member.name, member.role])).toEqual([
      ["Alex Carter", "CAPTAIN"],
      ["Jamie Okafor", "PLAYER"],
      ["Priya Shah", "PLAYER"],
    ]);
    expect(team?.achievements.map((achievement) => [achievement.kind, achievement.tournament.name])).toEqual([
      ["TOURNAMENT_CHAMPION", "Crown Cup — Season 1"],
    ]);
    // Voltedge is still ACTIVE in the seed but its end date passed: not shown.
    expect(team?.sponsors).toEqual([]);
    // The jersey drop is SCHEDULED and its start has passed: live (the promotions job catches up).
    expect(team?.promotions.map((promotion) => [promotion.title, promotion.isLive])).toEqual([
      ["Season 1 jersey drop", true],
    ]);
    expect(team?.recentMatches.map((match) => [match.opponent.name, match.score])).toEqual([
      ["Obsidian Owls", { own: 12, opponent: 12, result: "D" }],
      ["Golden Tide", { own: 13, opponent: 11, result: "W" }],
      ["Azure Phantoms", { own: 13, opponent: 8, result: "W" }],
    ]);
    expect(team?.upcomingMatches).toHaveLength(3);
    expect(team?.upcomingMatches.every((match) => match.score === null)).toBe(true);

    const golden = await getTeamProfile("golden-tide");
    expect(golden?.sponsors.map((sponsor) => sponsor.name)).toEqual(["Kitsune Peripherals"]);
    expect(golden?.recentMatches.find((match) => match.opponent.name === "Crimson Vanguard")?.score).toEqual({
      own: 11,
      opponent: 13,
      result: "L",
    });
  });

  it("links a sponsor's website only when it is a plain https address", async () => {
    const golden = await db.team.findUniqueOrThrow({ where: { slug: "golden-tide" }, select: { id: true } });
    const running = {
      teamId: golden.id,
      status: "ACTIVE" as const,
      startsAt: new Date(Date.now() - 86_400_000),
      endsAt: new Date(Date.now() + 86_400_000),
    };
    await db.teamSponsor.createMany({
      data: [
        { ...running, name: "Plain http", websiteUrl: "http://plain.example" },
        { ...running, name: "Script", websiteUrl: "javascript:alert(1)" },
        { ...running, name: "Credentials", websiteUrl: "https://user:pass@evil.example" },
        { ...running, name: "Good", websiteUrl: "https://good.example/shop" },
      ],
    });
    const profile = await getTeamProfile("golden-tide");
    const links = Object.fromEntries((profile?.sponsors ?? []).map((sponsor) => [sponsor.name, sponsor.websiteUrl]));
    expect(links).toMatchObject({
      "Plain http": null,
      Script: null,
      Credentials: null,
      Good: "https://good.example/shop",
    });
  });

  it("is null for an unknown slug", async () => {
    expect(await getTeamProfile("no-such-team")).toBeNull();
    expect(await teamExists("no-such-team")).toBe(false);
    expect(await teamExists("crimson-vanguard")).toBe(true);
  });
});

describe("listInvitesForUser", () => {
  it("lists open invites to answer, and shows a pending invite past its expiry as expired", async () => {
    const zoe = await listInvitesForUser(seedId.user("zoe"));
    expect(zoe.open.map((invite) => [invite.team.name, invite.invitedBy, invite.status])).toEqual([
      ["Obsidian Owls", "Olivia Brooks", "PENDING"],
    ]);
    // Her Golden Tide invite expired days ago (the job ran then).
    expect(zoe.past.map((invite) => [invite.team.name, invite.status])).toEqual([["Golden Tide", "EXPIRED"]]);

    const sofia = await listInvitesForUser(seedId.user("sofia"));
    expect(sofia.open).toEqual([]);
    expect(sofia.past.map((invite) => [invite.team.name, invite.status])).toEqual([["Crimson Vanguard", "EXPIRED"]]);
  });
});
