// Admin asks for a tournament's prizes to be paid → `payouts/distribute.requested` (trigger MANUAL)
// through the outbox, under an id we choose so the dashboard can follow this very request. The
// distribute-payouts run decides what happens (success / already_distributed / not_ready with the
// reason): asking twice is safe, the ledger's unique keys pay once. Only an unknown tournament is
// refused here, as no run could say anything about it.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { payoutsDistributeRequested } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

export const ZRequestPayoutsInput = z.object({ tournamentId: zId("a tournament") });
export type TRequestPayoutsInput = z.infer<typeof ZRequestPayoutsInput>;

export type TRequestPayoutsResult = {
  tournamentId: string;
  /** The outbox row's id = the Inngest event id; pass it to getPayoutStatus to follow the request. */
  eventId: string;
  requestedAt: string;
  /** Inngest accepted the event right away; false = it waits in the outbox for the next sweep. */
  isDelivered: boolean;
};

export async function requestPayouts(actor: TActor, input: TRequestPayoutsInput): Promise<TRequestPayoutsResult> {
  assertAdmin(actor);
  const { tournamentId } = parseInput(ZRequestPayoutsInput, input);
  const eventId = `payouts-requested:${randomUUID()}`;

  await transactWithEvents(async (tx, emit) => {
    const tournament = await tx.tournament.findUnique({ where: { id: tournamentId }, select: { id: true } });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    emit({ ...payoutsDistributeRequested.create({ tournamentId, trigger: "MANUAL" }), id: eventId });
  });

  const row = await db.outboxEvent.findUniqueOrThrow({
    where: { id: eventId },
    select: { createdAt: true, sentAt: true },
  });
  return { tournamentId, eventId, requestedAt: row.createdAt.toISOString(), isDelivered: row.sentAt !== null };
}
