// The job functions run for real through @inngest/test: cron ticks, requested runs, duplicates.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OUTBOX_SWEEP_CRON } from "@/lib/outbox/relay-outbox";
import { runInngestFunction, cronTick } from "@/test-support/run-inngest-function";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { SEED_TOURNAMENTS, seedDemoData } from "@/prisma/seed";
import { cleanupFunction } from "./cleanup";
import { distributePayoutsFunction } from "./distribute-payouts";
import { expireInvitesFunction } from "./expire-invites";
import { expireSponsorsFunction } from "./expire-sponsors";
import { processPromotionsFunction } from "./process-promotions";
import { recomputeRankingsFunction } from "./recompute-rankings";
import { relayOutboxFunction } from "./relay-outbox";
import { scheduleDigestsFunction } from "./schedule-digests";
import { tournamentWrapUpFunction } from "./tournament-wrapup";

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "AutomationRun", "OutboxEvent", "CoinTransaction", "TeamAchievement", "TeamInvite", "TeamSponsor", "TeamPromotion", "Placement", "Match", "Registration", "Tournament" CASCADE`;
  await seedDemoData(db, undefined, { withLeague: false });
});

const runsOf = (job: string) => db.automationRun.findMany({ where: { job }, orderBy: { startedAt: "asc" } });
const completedTournamentId = async () =>
  (await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.completed } })).id;

describe("scheduled job functions", () => {
  it("expire-invites: a cron tick expires invites older than 7 days and records the run", async () => {
    const { result } = await runInngestFunction(expireInvitesFunction, cronTick(new Date()));
    expect(result).toMatchObject({ status: "SUCCEEDED", result: { expiredCount: 1 } });
    // The stale one (the seed's other expired invite was expired before).
    expect(await db.teamInvite.findUniqueOrThrow({ where: { id: "seed_invite_crimson_sofia" } })).toMatchObject({
      status: "EXPIRED",
    });
    expect(await db.teamInvite.count({ where: { status: "PENDING" } })).toBe(1);
    const [run] = await runsOf("expire-invites");
    expect(run).toMatchObject({ trigger: "CRON", status: "SUCCEEDED", result: { expiredCount: 1 } });
    expect(run?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("a second trigger in the same period does nothing and is recorded as skipped", async () => {
    const tick = new Date("2026-11-29T06:00:00Z");
    await runInngestFunction(expireSponsorsFunction, cronTick(tick));
    const { result } = await runInngestFunction(expireSponsorsFunction, cronTick(new Date("2026-11-29T06:00:05Z")));
    expect(result).toMatchObject({ status: "SKIPPED", reason: "already ran for period 2026-11-29" });
    expect((await runsOf("expire-sponsors")).map((run) => run.status)).toEqual(["SUCCEEDED", "SKIPPED"]);

    const nextDay = await runInngestFunction(expireSponsorsFunction, cronTick(new Date("2026-11-30T03:00:00Z")));
    expect(nextDay.result).toMatchObject({ status: "SUCCEEDED" });
  });

  it("a requested run (admin, CLI) runs even when the period already ran", async () => {
    await runInngestFunction(processPromotionsFunction, cronTick(new Date()));
    const { result } = await runInngestFunction(processPromotionsFunction, {
      name: "jobs/process-promotions.requested",
      data: { trigger: "MANUAL" },
    });
    expect(result).toMatchObject({ status: "SUCCEEDED", result: { activatedCount: 0, expiredCount: 0 } });
    expect((await runsOf("process-promotions")).map((run) => run.trigger)).toEqual(["CRON", "MANUAL"]);
  });

  it("a Vercel Cron request shares the period with the Inngest cron tick", async () => {
    const at = new Date();
    await runInngestFunction(expireInvitesFunction, cronTick(at));
    const { result } = await runInngestFunction(expireInvitesFunction, {
      name: "jobs/expire-invites.requested",
      data: { trigger: "CRON" },
      ts: at.getTime(),
    });
    expect(result).toMatchObject({ status: "SKIPPED" });
  });

  it("process-promotions starts due promotions, expires ended ones, and announces each start", async () => {
    const { result } = await runInngestFunction(processPromotionsFunction, cronTick(new Date()));
    expect(result).toMatchObject({ status: "SUCCEEDED", result: { activatedCount: 1, expiredCount: 1 } });
    const started = await db.teamPromotion.findFirstOrThrow({ where: { status: "ACTIVE" } });
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({ name: "promotion/started", data: { promotionId: started.id, teamId: started.teamId } }),
    );
  });

  it("tournament-wrapup requests rankings and payouts for the completed tournament once, and marks it processed", async () => {
    const tournamentId = await completedTournamentId();
    // The tick's time is the wrap-up's clock: the demo's tournament completed three days before now, its hold is over.
    const { result } = await runInngestFunction(tournamentWrapUpFunction, cronTick(new Date()));
    expect(result).toMatchObject({ status: "SUCCEEDED", result: { wrappedUpCount: 1, tournamentIds: [tournamentId] } });
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournamentId } })).wrappedUpAt).not.toBeNull();
    expect(sentEvents()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: `wrap-up:payouts:${tournamentId}`,
          name: "payouts/distribute.requested",
          data: { tournamentId, trigger: "EVENT" },
        }),
        expect.objectContaining({
          id: `wrap-up:rankings:${tournamentId}`,
          name: "rankings/recompute.requested",
          data: { tournamentId, trigger: "EVENT" },
        }),
      ]),
    );
    const again = await runInngestFunction(tournamentWrapUpFunction, cronTick(new Date(Date.now() + 3_600_000)));
    expect(again.result).toMatchObject({ status: "SUCCEEDED", result: { wrappedUpCount: 0 } });
  });
});

describe("distribute-payouts function", () => {
  it("pays on the wrap-up's request, and a redelivered request pays nothing more", async () => {
    const tournamentId = await completedTournamentId();
    const event = {
      id: `wrap-up:payouts:${tournamentId}`,
      name: "payouts/distribute.requested",
      data: { tournamentId, trigger: "EVENT" },
    };

    const first = await runInngestFunction(distributePayoutsFunction, event);
    expect(first.result).toMatchObject({ status: "SUCCEEDED", result: { status: "success" } });
    const second = await runInngestFunction(distributePayoutsFunction, event);
    expect(second.result).toMatchObject({ status: "SUCCEEDED", result: { status: "already_distributed" } });

    expect(await db.coinTransaction.count()).toBe(3);
    const runs = await runsOf("distribute-payouts");
    expect(runs.map((run) => [run.trigger, (run.result as { status: string }).status])).toEqual([
      ["EVENT", "success"],
      ["EVENT", "already_distributed"],
    ]);
    // Each run names its tournament, so the dashboard finds it without reading the result.
    expect(runs.map((run) => [run.subjectType, run.subjectId])).toEqual([
      ["TOURNAMENT", tournamentId],
      ["TOURNAMENT", tournamentId],
    ]);
  });

  it("answers not_ready (without failing) for a tournament that is still running", async () => {
    const ongoing = await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.ongoing } });
    const { result, error } = await runInngestFunction(distributePayoutsFunction, {
      name: "payouts/distribute.requested",
      data: { tournamentId: ongoing.id, trigger: "MANUAL" },
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({
      status: "SUCCEEDED",
      result: { status: "not_ready", reason: `${ongoing.name} is ongoing, not completed.` },
    });
    expect(await db.coinTransaction.count()).toBe(0);
  });

  it("does not retry an unknown tournament: the run fails as non-retriable and is recorded", async () => {
    const { error } = await runInngestFunction(distributePayoutsFunction, {
      name: "payouts/distribute.requested",
      data: { tournamentId: "missing", trigger: "MANUAL" },
    });
    expect(error).toMatchObject({ name: "NonRetriableError", message: "Tournament missing does not exist." });
    expect(await runsOf("distribute-payouts")).toMatchObject([
      {
        status: "FAILED",
        error: "Tournament missing does not exist.",
        subjectType: "TOURNAMENT",
        subjectId: "missing",
      },
    ]);
  });
});

describe("recompute-rankings function", () => {
  it("ranks teams from completed matches on request and records the run", async () => {
    const { result } = await runInngestFunction(recomputeRankingsFunction, {
      name: "rankings/recompute.requested",
      data: { tournamentId: null, trigger: "MANUAL" },
    });
    expect(result).toMatchObject({ status: "SUCCEEDED", result: { status: "success" } });
    const ranked = await db.team.findMany({ orderBy: { rank: "asc" }, select: { rank: true, points: true } });
    expect(ranked.map((team) => team.rank)).toEqual([1, 2, 3, 4]);
    expect(ranked[0]?.points).toBeGreaterThan(0);
  });

  it("runs its daily cron once per day", async () => {
    await runInngestFunction(recomputeRankingsFunction, cronTick(new Date("2026-11-29T02:00:00Z")));
    const { result } = await runInngestFunction(recomputeRankingsFunction, cronTick(new Date("2026-11-29T02:00:30Z")));
    expect(result).toMatchObject({ status: "SKIPPED" });
  });
});

describe("relay-outbox function", () => {
  it("sends committed events that were never sent, and prunes those sent over a week ago", async () => {
    const createdAt = new Date(Date.now() - 5 * 60_000);
    await db.outboxEvent.create({
      data: { id: "stuck-1", name: "tournament/completed", data: { tournamentId: "t1" }, createdAt },
    });
    await db.outboxEvent.create({
      data: {
        id: "old-1",
        name: "tournament/completed",
        data: {},
        createdAt: new Date(Date.now() - 9 * 86_400_000),
        sentAt: new Date(Date.now() - 8 * 86_400_000),
      },
    });
    const { result } = await runInngestFunction(relayOutboxFunction, cronTick(new Date()));
    expect(result).toMatchObject({ sent: 1, pending: 0, pruned: 1 });
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({ id: "stuck-1", name: "tournament/completed", ts: createdAt.getTime() }),
    );
  });

  it("sweeps every 5 minutes as a singleton, within a timeout", () => {
    expect(relayOutboxFunction.opts).toMatchObject({ singleton: { mode: "skip" }, timeouts: { finish: "5m" } });
    expect(relayOutboxFunction.opts.triggers).toEqual([{ cron: `TZ=UTC ${OUTBOX_SWEEP_CRON}` }]);
    expect(OUTBOX_SWEEP_CRON).toBe("*/5 * * * *");
  });
});

describe("job timeouts", () => {
  it("every job function is cancelled after the specification's 30 minutes per task", () => {
    const jobs = [
      recomputeRankingsFunction,
      distributePayoutsFunction,
      tournamentWrapUpFunction,
      expireInvitesFunction,
      expireSponsorsFunction,
      processPromotionsFunction,
      scheduleDigestsFunction,
      cleanupFunction,
    ];
    for (const fn of jobs) expect(fn.opts.timeouts).toEqual({ finish: "30m" });
  });
});
