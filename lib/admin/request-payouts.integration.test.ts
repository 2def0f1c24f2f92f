import { beforeEach, describe, expect, it } from "vitest";
import { distributePayoutsFunction } from "@/inngest/functions/distribute-payouts";
import { db } from "@/lib/db";
import { ADMIN, player, resetDemoData, seedId, tallyEvents, expectNoNewEvents } from "@/test-support/domain-test-kit";
import { failInngestSends, sentEvents } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { getPayoutStatus } from "@/lib/payouts/get-payout-status";
import { requestPayouts } from "./request-payouts";

const completed = seedId.tournament("completed");

beforeEach(async () => {
  await resetDemoData();
});

/** Runs the real distribute-payouts function on the event Inngest received for `eventId`. */
async function runRequestedPayout(eventId: string) {
  const event = sentEvents().find((sent) => sent.id === eventId);
  if (!event) throw new Error(`Inngest never received ${eventId}`);
  const { error } = await runInngestFunction(distributePayoutsFunction, {
    id: event.id,
    name: event.name,
    data: event.data,
  });
  expect(error).toBeUndefined();
}

describe("requesting a tournament's payouts from the dashboard", () => {
  it("refuses a player and stages nothing", async () => {
    const before = await tallyEvents();

    await expect(requestPayouts(player("alex"), { tournamentId: completed })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getPayoutStatus(player("alex"), { tournamentId: completed })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await expectNoNewEvents(before);
  });

  it("refuses an unknown tournament and stages nothing", async () => {
    const before = await tallyEvents();

    await expect(requestPayouts(ADMIN, { tournamentId: "no-such-tournament" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requestPayouts(ADMIN, { tournamentId: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Choose a tournament.",
    });

    await expectNoNewEvents(before);
  });

  it("queues the event, then reads Paid with the amounts; a second request ends as already distributed", async () => {
    expect(await getPayoutStatus(ADMIN, { tournamentId: completed })).toMatchObject({
      state: "idle",
      request: null,
      lastRun: null,
      ledger: { rows: [], totalCoins: 0 },
    });

    const first = await requestPayouts(ADMIN, { tournamentId: completed });

    const outbox = await db.outboxEvent.findUniqueOrThrow({ where: { id: first.eventId } });
    expect(outbox).toMatchObject({
      name: "payouts/distribute.requested",
      data: { tournamentId: completed, trigger: "MANUAL" },
    });
    expect(first.isDelivered).toBe(true);
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({
        id: first.eventId,
        name: "payouts/distribute.requested",
        data: { tournamentId: completed, trigger: "MANUAL" },
      }),
    );
    const queued = await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: first.eventId });
    expect(queued).toMatchObject({
      state: "queued",
      failedRun: null,
      request: { eventId: first.eventId, requestedAt: first.requestedAt },
      ledger: { rows: [] },
    });
    expect(queued.request?.deliveredAt).not.toBeNull();

    await runRequestedPayout(first.eventId);

    const paid = await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: first.eventId });
    expect(paid).toMatchObject({
      state: "success",
      lastRun: { trigger: "MANUAL" },
      payouts: [
        { place: 1, teamName: "Crimson Vanguard", amount: 1000, captainId: seedId.user("alex") },
        { place: 2, teamName: "Golden Tide", amount: 500, captainId: seedId.user("kenji") },
        { place: 3, teamName: "Azure Phantoms", amount: 250, captainId: seedId.user("lena") },
      ],
      ledger: {
        totalCoins: 1750,
        rows: [
          { place: 1, amount: 1000, userId: seedId.user("alex") },
          { place: 2, amount: 500, userId: seedId.user("kenji") },
          { place: 3, amount: 250, userId: seedId.user("lena") },
        ],
      },
    });

    const second = await requestPayouts(ADMIN, { tournamentId: completed });
    expect(second.eventId).not.toBe(first.eventId);
    expect(await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: second.eventId })).toMatchObject({
      state: "queued",
      request: { eventId: second.eventId },
    });

    await runRequestedPayout(second.eventId);

    const again = await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: second.eventId });
    expect(again).toMatchObject({ state: "already_distributed", ledger: { totalCoins: 1750 } });
    expect(again.state === "already_distributed" && again.payouts.map((payout) => payout.amount)).toEqual([
      1000, 500, 250,
    ]);
    expect(await db.coinTransaction.count({ where: { type: "TOURNAMENT_PAYOUT" } })).toBe(3);
  });

  it("reads a request still waiting in the outbox as queued, without knowing its id, with the send error", async () => {
    const inngestDown = failInngestSends();
    try {
      const request = await requestPayouts(ADMIN, { tournamentId: completed });
      expect(request.isDelivered).toBe(false);

      const status = await getPayoutStatus(ADMIN, { tournamentId: completed });
      expect(status).toMatchObject({
        state: "queued",
        request: { eventId: request.eventId, deliveredAt: null, attempts: 1 },
      });
      expect(status.request?.lastError).toBeTruthy();
    } finally {
      inngestDown.restore();
    }
  });

  it("reports a failed run of this tournament beside queued, and never another tournament's", async () => {
    const request = await requestPayouts(ADMIN, { tournamentId: completed });
    const { error } = await runInngestFunction(distributePayoutsFunction, {
      name: "payouts/distribute.requested",
      data: { tournamentId: "no-such-tournament", trigger: "MANUAL" },
    });
    expect(error).toBeDefined();

    expect(await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: request.eventId })).toMatchObject({
      state: "queued",
      failedRun: null,
    });

    // A run of this tournament that failed after the request (as one does when the database goes away).
    const failed = await db.automationRun.create({
      data: {
        job: "distribute-payouts",
        trigger: "MANUAL",
        status: "FAILED",
        startedAt: new Date(Date.parse(request.requestedAt) + 1),
        error: "connection lost",
        subjectType: "TOURNAMENT",
        subjectId: completed,
      },
    });
    expect(await getPayoutStatus(ADMIN, { tournamentId: completed, eventId: request.eventId })).toMatchObject({
      state: "queued",
      failedRun: { runId: failed.id, error: "connection lost" },
    });
  });

  it("reads not ready, with the reason, for a tournament that is not completed", async () => {
    const ongoing = seedId.tournament("ongoing");
    const request = await requestPayouts(ADMIN, { tournamentId: ongoing });

    await runRequestedPayout(request.eventId);

    const status = await getPayoutStatus(ADMIN, { tournamentId: ongoing, eventId: request.eventId });
    expect(status).toMatchObject({
      state: "not_ready",
      reason: "Nightfall Masters is ongoing, not completed.",
      ledger: { rows: [] },
    });
    // Another tournament's run is not this one's outcome.
    expect(await getPayoutStatus(ADMIN, { tournamentId: completed })).toMatchObject({ state: "idle" });
  });
});
