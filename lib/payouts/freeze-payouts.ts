// Admin freezes (or releases) a completed tournament's prize payout over a dispute. Under the same
// per-tournament lock as distribute-payouts, so a freeze either lands before a run (which then pays
// nothing) or after it (and is refused: the prizes are paid). The captains of the paid places are
// told both ways (`payout_received`, the type they already follow for this prize; never posted to
// the platform's public Discord channel, as the reason is between the admins and the teams).
import { z } from "zod";
import { notificationRequested } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type TEmit, transactWithEvents } from "@/lib/outbox/transact-with-events";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { describePayoutHold, getPayoutHoldState } from "./payout-hold";
import { payoutLockName } from "./payout-keys";
import { PAID_PLACES } from "./places";

const REASON_MESSAGE = "Give a reason of 3 to 150 characters (the captains see it).";

export const ZFreezePayoutsInput = z.object({
  tournamentId: zId("a tournament"),
  reason: z
    .string({ error: REASON_MESSAGE })
    // One line of plain text: parseInput already refuses control characters; tabs and newlines fold
    // to one space (React escapes the rest wherever it is shown).
    .transform((text) => text.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(3, REASON_MESSAGE).max(150, REASON_MESSAGE)),
});
export const ZUnfreezePayoutsInput = z.object({ tournamentId: zId("a tournament") });

export type TFreezeResult = { tournamentId: string; isFrozen: boolean; notifiedCount: number };

export async function freezePayouts(
  actor: TActor,
  input: z.input<typeof ZFreezePayoutsInput>,
  now = new Date(),
): Promise<TFreezeResult> {
  assertAdmin(actor);
  const { tournamentId, reason } = parseInput(ZFreezePayoutsInput, input);
  return transactWithEvents(async (tx, emit) => {
    const tournament = await lockTournament(tx, tournamentId, now);
    if (tournament.hold.state === "frozen")
      throw new AppError("CONFLICT", `${tournament.name}’s payout is already frozen.`);
    await tx.tournament.update({
      where: { id: tournamentId },
      data: { payoutsFrozenAt: now, payoutsFrozenReason: reason, payoutsFrozenById: actor.id },
    });
    const notifiedCount = await tellCaptains(tx, emit, tournament, now, {
      key: "payout-frozen",
      title: `Prize payout on hold: ${reason}`,
      body: `The ${tournament.name} prizes are frozen while the admins look into this. You will be told when the payout is released.`,
    });
    return { tournamentId, isFrozen: true, notifiedCount };
  });
}

export async function unfreezePayouts(
  actor: TActor,
  input: z.input<typeof ZUnfreezePayoutsInput>,
  now = new Date(),
): Promise<TFreezeResult> {
  assertAdmin(actor);
  const { tournamentId } = parseInput(ZUnfreezePayoutsInput, input);
  return transactWithEvents(async (tx, emit) => {
    const tournament = await lockTournament(tx, tournamentId, now);
    if (tournament.hold.state !== "frozen")
      throw new AppError("CONFLICT", `${tournament.name}’s payout is not frozen.`);
    await tx.tournament.update({
      where: { id: tournamentId },
      data: { payoutsFrozenAt: null, payoutsFrozenReason: null, payoutsFrozenById: null },
    });
    const released = getPayoutHoldState({ ...tournament, payoutsFrozenAt: null, isPaid: false }, now);
    const when =
      released.state === "holding" ? describePayoutHold(released, now)?.toLowerCase() : "paid at the next wrap-up";
    const notifiedCount = await tellCaptains(tx, emit, tournament, now, {
      key: "payout-unfrozen",
      title: `Prize payout released: ${tournament.name}`,
      body: `The hold on the ${tournament.name} prizes is lifted; they are ${when}.`,
    });
    return { tournamentId, isFrozen: false, notifiedCount };
  });
}

/** Takes the payout lock and reads the tournament; only a completed, unpaid tournament can be (un)frozen. */
async function lockTournament(tx: DbClient, tournamentId: string, now: Date) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${payoutLockName(tournamentId)}))`;
  const tournament = await tx.tournament.findUnique({
    where: { id: tournamentId },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      completedAt: true,
      payoutsFrozenAt: true,
      payoutsFrozenReason: true,
      _count: { select: { payouts: true } },
    },
  });
  if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
  if (tournament.status !== "COMPLETED") {
    throw new AppError("CONFLICT", `${tournament.name} is not completed: there is no prize payout to hold.`);
  }
  const hold = getPayoutHoldState({ ...tournament, isPaid: tournament._count.payouts > 0 }, now);
  if (hold.state === "paid") throw new AppError("CONFLICT", `${tournament.name}’s prizes are already paid.`);
  return { ...tournament, hold };
}

/** Tells the paid places' captains about the hold; how many were told. */
async function tellCaptains(
  tx: DbClient,
  emit: TEmit,
  tournament: { id: string; name: string; slug: string },
  now: Date,
  notice: { key: string; title: string; body: string },
): Promise<number> {
  const captains = await placedCaptains(tx, tournament.id);
  if (captains.length)
    emit(
      notificationRequested.create({
        type: "payout_received",
        recipientIds: captains,
        title: notice.title,
        body: notice.body,
        url: `/tournaments/${tournament.slug}`,
        dedupKey: `${notice.key}:${tournament.id}:${now.getTime()}`,
        teamId: null,
        postToPlatform: false,
        data: { tournamentId: tournament.id },
      }),
    );
  return captains.length;
}

async function placedCaptains(tx: DbClient, tournamentId: string): Promise<string[]> {
  const placements = await tx.placement.findMany({
    where: { tournamentId, place: { lte: PAID_PLACES } },
    orderBy: { place: "asc" },
    select: { team: { select: { captainId: true } } },
  });
  return [...new Set(placements.map((placement) => placement.team.captainId))];
}
