// Functions emit with step.sendEvent (inngest/run-emitting-step.ts): the events are the outbox rows
// their step committed (id = row id, ts = createdAt), sent in request-sized chunks with memoized step
// ids, then marked sent. If the run dies between commit and send, the sweep sends them.
import { InngestTestEngine } from "@inngest/test";
import type { InngestFunction } from "inngest";
import { InngestExecutionEngine } from "inngest/internals";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  INNGEST_MAX_STEP_OUTPUT_BYTES,
  SEND_BATCH_MAX_BYTES,
  SEND_BATCH_MAX_EVENTS,
} from "@/lib/outbox/inngest-limits";
import { relayOutbox } from "@/lib/outbox/relay-outbox";
import type { TOutboxEvent } from "@/lib/outbox/stage-events";
import { FUNCTION_SEND_GRACE_MS } from "@/lib/outbox/transact-with-events";
import { inngestStandIn, sentEvents } from "@/test-support/inngest-stand-in";
import { cronTick, type TTestEvent } from "@/test-support/run-inngest-function";
import { SEED_TOURNAMENTS, seedDemoData } from "@/prisma/seed";
import { distributePayoutsFunction } from "./distribute-payouts";
import { processPromotionsFunction } from "./process-promotions";
import { recomputeRankingsFunction } from "./recompute-rankings";

type TMockedStep = { id: string; handler: () => unknown };
type TRun = {
  result?: unknown;
  error?: unknown;
  ctx: InngestTestEngine.MockContext;
  state: Record<string, Promise<unknown>>;
};

async function run(fn: InngestFunction.Any, event: TTestEvent, steps: TMockedStep[] = []): Promise<TRun> {
  const engine = new InngestTestEngine({ function: fn, events: [{ ...event, ts: event.ts ?? Date.now() }], steps });
  return (await engine.execute()) as unknown as TRun;
}
/** [step id, events] of every step.sendEvent the run made. */
const sendEventCalls = ({ ctx }: TRun) => ctx.step.sendEvent.mock.calls as unknown as [string, TOutboxEvent[]][];
const acceptSend = (id: string) => ({ id, handler: () => ({ ids: [] }) });

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "AutomationRun", "OutboxEvent", "CoinTransaction", "TeamAchievement", "TeamPromotion", "Placement", "Match", "Registration", "Tournament" CASCADE`;
  await seedDemoData(db, undefined, { withLeague: false });
  inngestStandIn().requests.length = 0;
});

describe("functions emit with step.sendEvent", () => {
  it("process-promotions sends promotion/started with the outbox row's id and time, then marks the row sent", async () => {
    const outcome = await run(processPromotionsFunction, cronTick(new Date()), [
      acceptSend("process-promotions-events-0"),
    ]);
    expect(outcome.result).toMatchObject({ status: "SUCCEEDED", result: { activatedCount: 1 } });

    const started = await db.teamPromotion.findFirstOrThrow({ where: { status: "ACTIVE" } });
    const row = await db.outboxEvent.findUniqueOrThrow({ where: { id: `promotion-started:${started.id}` } });
    expect(sendEventCalls(outcome)).toEqual([
      [
        "process-promotions-events-0",
        [
          {
            id: row.id,
            name: "promotion/started",
            data: { promotionId: started.id, teamId: started.teamId },
            ts: row.createdAt.getTime(),
          },
        ],
      ],
    ]);
    expect(row.sentAt).not.toBeNull();
    // The mocked step was the only send: nothing went to Inngest on the side.
    expect(sentEvents()).toEqual([]);
    expect(await relayOutbox(new Date(Date.now() + 2 * FUNCTION_SEND_GRACE_MS))).toMatchObject({ sent: 0, pending: 0 });
  });

  it("a retry after the change committed sends the same ids and times, and changes nothing twice", async () => {
    const tick = cronTick(new Date());
    // The run stops once the committing step has run (Inngest would call back for the send next).
    const committed = (
      await new InngestTestEngine({
        function: processPromotionsFunction,
        events: [{ ...tick, ts: tick.ts ?? Date.now() }],
      }).executeStep("process-promotions")
    ).result as { events: TOutboxEvent[] };
    const started = await db.teamPromotion.findFirstOrThrow({ where: { status: "ACTIVE" } });
    expect(committed.events.map((event) => event.id)).toEqual([`promotion-started:${started.id}`]);
    await db.teamPromotion.updateMany({ data: { status: "SCHEDULED" } }); // had the step run again, it would start them anew

    // Inngest retries from the memoized output of the step that committed.
    const retry = await run(processPromotionsFunction, tick, [
      { id: "process-promotions", handler: () => committed },
      acceptSend("process-promotions-events-0"),
    ]);
    expect(retry.result).toMatchObject({ status: "SUCCEEDED" });
    expect(sendEventCalls(retry)).toEqual([["process-promotions-events-0", committed.events]]);
    expect(await db.teamPromotion.count({ where: { status: "ACTIVE" } })).toBe(0);
    expect(await db.automationRun.count({ where: { job: "process-promotions" } })).toBe(1);
  });

  it("loses nothing when the run dies between commit and send: the sweep sends the events after the function's grace", async () => {
    const tick = cronTick(new Date());
    const committed = (
      await new InngestTestEngine({
        function: processPromotionsFunction,
        events: [{ ...tick, ts: tick.ts ?? Date.now() }],
      }).executeStep("process-promotions")
    ).result as { events: TOutboxEvent[] };
    const [staged] = committed.events;
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: staged?.id } })).sentAt).toBeNull();

    expect(await relayOutbox(new Date(Date.now() + 60_000))).toMatchObject({ sent: 0, pending: 1 }); // the function may still send it
    expect(await relayOutbox(new Date(Date.now() + FUNCTION_SEND_GRACE_MS + 60_000))).toMatchObject({
      sent: 1,
      pending: 0,
    });
    expect(sentEvents()).toEqual([{ id: staged?.id, name: "promotion/started", data: staged?.data, ts: staged?.ts }]);
  });

  it("distribute-payouts sends the achievements and payout notifications under their keyed ids", async () => {
    const tournamentId = (await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.completed } })).id;
    const outcome = await run(
      distributePayoutsFunction,
      { name: "payouts/distribute.requested", data: { tournamentId, trigger: "EVENT" } },
      [acceptSend("distribute-payouts-events-0")],
    );
    expect(outcome.result).toMatchObject({ status: "SUCCEEDED", result: { status: "success" } });

    const [[stepId, events] = ["", []]] = sendEventCalls(outcome);
    expect(stepId).toBe("distribute-payouts-events-0");
    const achievements = await db.teamAchievement.findMany({ where: { tournamentId }, select: { id: true } });
    expect(events.map((event) => event.id).sort()).toEqual(
      [
        ...achievements.map(({ id }) => `achievement-earned:${id}`),
        ...[1, 2, 3].map((place) => `payout-received:payout:${tournamentId}:${place}`),
      ].sort(),
    );
    expect(await db.outboxEvent.count({ where: { sentAt: null } })).toBe(0);
  });

  it("recompute-rankings sends rankings/changed for 2,000 moved teams in request-sized chunks, within the step output limit", async () => {
    await db.$executeRaw`
      INSERT INTO "User" (id, name, "updatedAt") SELECT 'bulk-captain-' || i, 'Captain ' || i, now() FROM generate_series(1, 2000) AS i`;
    await db.$executeRaw`
      INSERT INTO "Team" (id, name, slug, tag, "captainId", "updatedAt")
      SELECT 'bulk-team-' || i, 'Bulk Team ' || i, 'bulk-team-' || i, 'B' || i, 'bulk-captain-' || i, now() FROM generate_series(1, 2000) AS i`;

    const outcome = await run(recomputeRankingsFunction, {
      name: "rankings/recompute.requested",
      data: { tournamentId: null, trigger: "MANUAL" },
    });
    expect(outcome.result).toMatchObject({ status: "SUCCEEDED" });
    const stepOutput = await outcome.state[InngestExecutionEngine._internals.hashId("recompute-rankings")];
    expect(Buffer.byteLength(JSON.stringify(stepOutput))).toBeLessThan(INNGEST_MAX_STEP_OUTPUT_BYTES / 4);

    const calls = sendEventCalls(outcome);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.map(([id]) => id)).toEqual(calls.map((_, index) => `recompute-rankings-events-${index}`));
    for (const [, events] of calls) expect(events.length).toBeLessThanOrEqual(SEND_BATCH_MAX_EVENTS);
    // Sent for real, to the stand-in that refuses what Inngest refuses.
    const posts = inngestStandIn().requests.filter((request) => request.path.startsWith("/e/"));
    expect(posts.every((post) => post.status === 200 && Buffer.byteLength(post.body) <= SEND_BATCH_MAX_BYTES)).toBe(
      true,
    );
    const changed = sentEvents().filter((event) => event.name === "rankings/changed");
    expect(new Set(changed.map((event) => event.id)).size).toBe(await db.team.count());
    expect(changed.length).toBeGreaterThanOrEqual(2_000);
    expect(await db.outboxEvent.count({ where: { name: "rankings/changed", sentAt: null } })).toBe(0);
  }, 60_000);
});
