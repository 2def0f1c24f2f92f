import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { SEED_TOURNAMENTS, seedDemoData } from "@/prisma/seed";
import { ADMIN } from "@/test-support/domain-test-kit";
import { distributePayouts } from "./distribute-payouts";
import { freezePayouts, unfreezePayouts } from "./freeze-payouts";

const SEASON_NAME = "Crown Cup — Season 1";

let tournamentId: string;

beforeEach(async () => {
  // A fresh copy of the demo's completed, unpaid tournament for every test.
  await db.$executeRaw`TRUNCATE "CoinTransaction", "TeamAchievement", "OutboxEvent", "Placement", "Match", "Registration", "Tournament" CASCADE`;
  await seedDemoData(db, undefined, { withLeague: false });
  tournamentId = (
    await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.completed }, select: { id: true } })
  ).id;
});

async function expectedWinners() {
  const placements = await db.placement.findMany({
    where: { tournamentId, place: { lte: 3 } },
    orderBy: { place: "asc" },
    select: { place: true, team: { select: { id: true, captainId: true } } },
  });
  return placements.map(({ place, team }) => ({ place, teamId: team.id, captainId: team.captainId }));
}

const ledger = () => db.coinTransaction.findMany({ where: { type: "TOURNAMENT_PAYOUT" }, orderBy: { amount: "desc" } });

describe("distributing tournament payouts", () => {
  it("pays 1000 / 500 / 250 coins to the captains of places 1–3, with an audit trail and the achievements", async () => {
    const result = await distributePayouts({ tournamentId, runId: "run-1" });

    const winners = await expectedWinners();
    expect(result.status).toBe("success");
    expect(
      result.payouts.map(({ place, teamId, captainId, amount }) => ({ place, teamId, captainId, amount })),
    ).toEqual(winners.map((winner, index) => ({ ...winner, amount: [1000, 500, 250][index] })));
    const rows = await ledger();
    expect(rows).toHaveLength(3);
    for (const [index, row] of rows.entries()) {
      const winner = winners[index];
      expect(row).toMatchObject({
        userId: winner?.captainId,
        amount: [1000, 500, 250][index],
        dedupKey: `payout:${tournamentId}:${index + 1}`,
        tournamentId,
      });
      expect(row.metadata).toMatchObject({
        tournamentId,
        place: index + 1,
        teamId: winner?.teamId,
        runId: "run-1",
        dedupKey: result.dedupKey,
        timestamp: expect.any(String),
      });
    }
    const achievements = await db.teamAchievement.findMany({
      where: { tournamentId },
      select: { teamId: true, kind: true },
    });
    expect(achievements).toEqual(
      expect.arrayContaining([
        { teamId: winners[0]?.teamId, kind: "TOURNAMENT_CHAMPION" },
        { teamId: winners[1]?.teamId, kind: "TOURNAMENT_RUNNER_UP" },
        { teamId: winners[2]?.teamId, kind: "TOURNAMENT_THIRD_PLACE" },
      ]),
    );
    const payoutNotices = sentEvents().filter(
      (event) => event.name === "notification/requested" && event.data.type === "payout_received",
    );
    expect(payoutNotices.map((event) => event.data.recipientIds)).toEqual(winners.map((winner) => [winner.captainId]));
    expect(payoutNotices[0]?.data).toMatchObject({
      title: "1,000 coins for 1st place",
      dedupKey: `payout:${tournamentId}:1`,
      teamId: winners[0]?.teamId,
    });
    expect(
      sentEvents().filter(
        (event) => event.name === "team/achievement.earned" && event.data.tournamentId === tournamentId,
      ),
    ).toHaveLength(3);
  });

  it("answers already_distributed on a second request and writes nothing more", async () => {
    const first = await distributePayouts({ tournamentId, runId: "run-1" });
    const eventsAfterFirst = sentEvents().length;
    const second = await distributePayouts({ tournamentId, runId: "run-2" });

    expect(second.status).toBe("already_distributed");
    expect(second.payouts).toEqual(first.payouts);
    expect(second.dedupKey).toBe(first.dedupKey);
    expect(await ledger()).toHaveLength(3);
    expect(await db.teamAchievement.count({ where: { tournamentId } })).toBe(3);
    expect(sentEvents()).toHaveLength(eventsAfterFirst);
  });

  it("writes one ledger row per place when 20 runs race each other", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => distributePayouts({ tournamentId, runId: `race-${index}` })),
    );

    expect(results.filter((result) => result.status === "success")).toHaveLength(1);
    expect(results.filter((result) => result.status === "already_distributed")).toHaveLength(19);
    const rows = await ledger();
    expect(rows.map((row) => row.amount)).toEqual([1000, 500, 250]);
    expect(await db.teamAchievement.count({ where: { tournamentId } })).toBe(3);
    const notifications = sentEvents().filter(
      (event) => event.name === "notification/requested" && event.data.type === "payout_received",
    );
    expect(new Set(notifications.map((event) => event.id)).size).toBe(3);
  }, 60_000);

  it("across the end of the prize hold, with a freeze and unfreeze between, 20 racing runs pay each place once and nothing early", async () => {
    const completedAt = new Date("2026-12-01T12:00:00Z");
    const hours = (n: number) => new Date(completedAt.getTime() + n * 3_600_000);
    await db.tournament.update({ where: { id: tournamentId }, data: { completedAt } });

    // Ten runs an hour before the hold ends race an admin's freeze.
    const [before] = await Promise.all([
      Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          distributePayouts({ tournamentId, runId: `before-${index}`, now: hours(23) }),
        ),
      ),
      freezePayouts(ADMIN, { tournamentId, reason: "Round 3 disputed" }, hours(23)),
    ]);
    expect(before.every((result) => result.status === "not_ready")).toBe(true);
    expect(await ledger()).toHaveLength(0);
    // Frozen past the hold: still nothing.
    const frozen = await distributePayouts({ tournamentId, runId: "frozen", now: hours(30) });
    expect(frozen).toMatchObject({ status: "not_ready", reason: `${SEASON_NAME}: Frozen: Round 3 disputed.` });

    await unfreezePayouts(ADMIN, { tournamentId }, hours(30));
    const after = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        distributePayouts({ tournamentId, runId: `after-${index}`, now: hours(30) }),
      ),
    );

    expect(after.filter((result) => result.status === "success")).toHaveLength(1);
    expect(after.filter((result) => result.status === "already_distributed")).toHaveLength(9);
    const rows = await ledger();
    expect(rows.map((row) => row.amount)).toEqual([1000, 500, 250]);
    expect(new Set(rows.map((row) => (row.metadata as { place: number }).place))).toEqual(new Set([1, 2, 3]));
    expect(rows.every((row) => (row.metadata as { runId: string }).runId.startsWith("after-"))).toBe(true);
    expect(await db.teamAchievement.count({ where: { tournamentId } })).toBe(3);
  }, 60_000);

  it("completes what follows the ledger after a crash, without paying again", async () => {
    await distributePayouts({ tournamentId, runId: "crashed-run" });
    // As if the run died right after the ledger write: the follow-ups are gone.
    await db.teamAchievement.deleteMany({ where: { tournamentId } });
    await db.outboxEvent.deleteMany({});

    const retry = await distributePayouts({ tournamentId, runId: "retry" });

    expect(retry.status).toBe("already_distributed");
    expect(await ledger()).toHaveLength(3);
    expect((await ledger()).every((row) => (row.metadata as { runId: string }).runId === "crashed-run")).toBe(true);
    expect(await db.teamAchievement.count({ where: { tournamentId } })).toBe(3);
    expect(await db.outboxEvent.count({ where: { name: "notification/requested" } })).toBe(3);
  });

  it("gives the captain a balance equal to the prize", async () => {
    await distributePayouts({ tournamentId, runId: "run-1" });
    const [champion] = await expectedWinners();
    const balance = await db.coinTransaction.aggregate({
      where: { userId: champion?.captainId },
      _sum: { amount: true },
    });
    expect(balance._sum.amount).toBe(1000);
  });

  it("uses the tournament's own prize table and skips places without a prize", async () => {
    await db.tournament.update({ where: { id: tournamentId }, data: { prizes: [5000, 2000, 0] } });
    const result = await distributePayouts({ tournamentId, runId: "run-1" });
    expect(result.payouts.map((payout) => [payout.place, payout.amount])).toEqual([
      [1, 5000],
      [2, 2000],
    ]);
    expect((await ledger()).map((row) => row.amount)).toEqual([5000, 2000]);
  });

  it("refuses a tournament that is not completed, with the reason, and writes nothing", async () => {
    const ongoing = await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.ongoing } });
    const result = await distributePayouts({ tournamentId: ongoing.id, runId: "run-1" });
    expect(result).toMatchObject({ status: "not_ready", payouts: [] });
    expect(result.status === "not_ready" && result.reason).toBe(`${ongoing.name} is ongoing, not completed.`);
    expect(await db.coinTransaction.count()).toBe(0);
    expect(await db.outboxEvent.count()).toBe(0);
  });

  it("refuses a completed tournament whose placements are missing", async () => {
    await db.placement.deleteMany({ where: { tournamentId, place: { in: [2, 3] } } });
    const result = await distributePayouts({ tournamentId, runId: "run-1" });
    expect(result).toMatchObject({
      status: "not_ready",
      reason: "Final placements are not recorded for 2nd, 3rd place.",
    });
    expect(await db.coinTransaction.count()).toBe(0);
    expect(await db.teamAchievement.count()).toBe(0);
  });

  it("rejects an unknown tournament as bad input", async () => {
    await expect(distributePayouts({ tournamentId: "no-such-tournament", runId: "run-1" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      isRetryable: false,
    });
  });
});
