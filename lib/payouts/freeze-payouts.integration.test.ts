import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAdminTournaments } from "@/lib/admin/list-admin-tournaments";
import { wrapUpTournaments } from "@/lib/tournaments/wrap-up-tournaments";
import { ADMIN, expectNoNewEvents, player, resetDemoData, seedId, tallyEvents } from "@/test-support/domain-test-kit";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { distributePayouts } from "./distribute-payouts";
import { freezePayouts, unfreezePayouts } from "./freeze-payouts";

const HOUR = 3_600_000;
const completed = seedId.tournament("completed");
// The demo's Crown Cup completes at T0 in these tests; the hold is the default 24 h.
const T0 = new Date("2026-12-01T12:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

beforeEach(async () => {
  await resetDemoData();
  // Only the Crown Cup is due for wrap-up in these tests (the demo's qualifier stays in its hold).
  await db.tournament.updateMany({ where: { id: { not: completed }, status: "COMPLETED" }, data: { wrappedUpAt: T0 } });
  await db.tournament.update({ where: { id: completed }, data: { completedAt: T0 } });
});

const ledger = () => db.coinTransaction.findMany({ where: { tournamentId: completed }, orderBy: { amount: "desc" } });

async function placedCaptains() {
  const placements = await db.placement.findMany({
    where: { tournamentId: completed, place: { lte: 3 } },
    select: { team: { select: { captainId: true } } },
  });
  return placements.map((placement) => placement.team.captainId).sort();
}

const holdNotices = () =>
  sentEvents().filter(
    (event) => event.name === "notification/requested" && String(event.data.dedupKey).startsWith("payout-"),
  );

describe("the prize hold", () => {
  it("pays nothing before completedAt + PRIZE_HOLD_HOURS; the wrap-up waits and picks the tournament up after", async () => {
    expect(await wrapUpTournaments(at(23))).toEqual({ wrappedUpCount: 0, tournamentIds: [] });
    expect((await db.tournament.findUniqueOrThrow({ where: { id: completed } })).wrappedUpAt).toBeNull();

    const early = await distributePayouts({ tournamentId: completed, runId: "early", now: at(19) });
    expect(early).toMatchObject({ status: "not_ready", reason: "Crown Cup — Season 1: Paying in 5 h." });
    expect(await ledger()).toHaveLength(0);

    expect(await wrapUpTournaments(at(24))).toEqual({ wrappedUpCount: 1, tournamentIds: [completed] });
    const due = await distributePayouts({ tournamentId: completed, runId: "due", now: at(24) });
    expect(due.status).toBe("success");
    expect((await ledger()).map((row) => row.amount)).toEqual([1000, 500, 250]);
  });

  it("shows the dashboard 'Paying in 5 h', then 'Frozen: <reason>', then 'Paid'", async () => {
    const label = async (now: Date) =>
      (await listAdminTournaments(now)).find((tournament) => tournament.id === completed)?.payoutHoldLabel;
    expect(await label(at(19))).toBe("Paying in 5 h");
    await freezePayouts(ADMIN, { tournamentId: completed, reason: "Match 3 disputed" }, at(20));
    expect(await label(at(20))).toBe("Frozen: Match 3 disputed");
    await unfreezePayouts(ADMIN, { tournamentId: completed }, at(30));
    expect(await label(at(30))).toBe("Due");
    await distributePayouts({ tournamentId: completed, runId: "paid", now: at(30) });
    expect(await label(at(31))).toBe("Paid");
  });
});

describe("freezing a tournament's payout", () => {
  it("is for admins only and needs a reason", async () => {
    const before = await tallyEvents();
    await expect(
      freezePayouts(player("alex"), { tournamentId: completed, reason: "Disputed" }, at(1)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(freezePayouts(ADMIN, { tournamentId: completed, reason: " \u0000 \n " }, at(1))).rejects.toMatchObject(
      { code: "INVALID_INPUT" },
    );
    await expect(
      freezePayouts(ADMIN, { tournamentId: completed, reason: "Disputed\u0007" }, at(1)),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(unfreezePayouts(player("alex"), { tournamentId: completed }, at(1))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.tournament.findUniqueOrThrow({ where: { id: completed } })).payoutsFrozenAt).toBeNull();
    await expectNoNewEvents(before);
  });

  it("tells the placed captains; neither the wrap-up nor a manual run pays while frozen; unfreezing tells them and the next wrap-up pays once", async () => {
    const result = await freezePayouts(
      ADMIN,
      { tournamentId: completed, reason: "  Result of\tround 3 \n disputed " },
      at(2),
    );
    expect(result).toEqual({ tournamentId: completed, isFrozen: true, notifiedCount: 3 });
    const frozen = await db.tournament.findUniqueOrThrow({ where: { id: completed } });
    expect(frozen).toMatchObject({ payoutsFrozenReason: "Result of round 3 disputed", payoutsFrozenById: ADMIN.id });
    const onHold = holdNotices().at(-1);
    expect(onHold?.data).toMatchObject({
      type: "payout_received",
      title: "Prize payout on hold: Result of round 3 disputed",
      postToPlatform: false,
    });
    expect([...(onHold?.data.recipientIds as string[])].sort()).toEqual(await placedCaptains());
    await expect(freezePayouts(ADMIN, { tournamentId: completed, reason: "Again" }, at(3))).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Long after the hold: still nothing, from the cron or from the dashboard's button.
    expect(await wrapUpTournaments(at(48))).toEqual({ wrappedUpCount: 0, tournamentIds: [] });
    const manual = await distributePayouts({ tournamentId: completed, runId: "manual", now: at(48) });
    expect(manual).toMatchObject({
      status: "not_ready",
      reason: "Crown Cup — Season 1: Frozen: Result of round 3 disputed.",
    });
    expect(await ledger()).toHaveLength(0);

    await unfreezePayouts(ADMIN, { tournamentId: completed }, at(49));
    const released = holdNotices().at(-1);
    expect(released?.data).toMatchObject({ title: "Prize payout released: Crown Cup — Season 1" });
    expect([...(released?.data.recipientIds as string[])].sort()).toEqual(await placedCaptains());
    await expect(unfreezePayouts(ADMIN, { tournamentId: completed }, at(49))).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect(await wrapUpTournaments(at(50))).toEqual({ wrappedUpCount: 1, tournamentIds: [completed] });
    const runs = await Promise.all(
      [1, 2, 3].map((n) => distributePayouts({ tournamentId: completed, runId: `after-${n}`, now: at(50) })),
    );
    expect(runs.map((run) => run.status).sort()).toEqual(["already_distributed", "already_distributed", "success"]);
    expect((await ledger()).map((row) => row.amount)).toEqual([1000, 500, 250]);
    // Paid: nothing left to freeze.
    await expect(freezePayouts(ADMIN, { tournamentId: completed, reason: "Too late" }, at(51))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a tournament that is not completed", async () => {
    await expect(
      freezePayouts(ADMIN, { tournamentId: seedId.tournament("ongoing"), reason: "Disputed" }, at(1)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
