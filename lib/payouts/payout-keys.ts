// The names payouts are recorded under. Only lib/payouts builds them; readers query the columns they
// fill (CoinTransaction.tournamentId, AutomationRun.subjectType/subjectId), never parse them.
import type { RunSubjectType } from "@/lib/generated/prisma/enums";
import { PAID_PLACES } from "./places";

/** The AutomationRun job of a payout run (Inngest function, CLI command and dashboard filter alike). */
export const PAYOUT_JOB = "distribute-payouts";

/**
 * The ledger key of one place's prize: CoinTransaction.dedupKey is unique, so each place of a
 * tournament is paid once. The place's notification and its outbox event are keyed by it too.
 */
export function payoutLedgerKey(tournamentId: string, place: number): string {
  return `payout:${tournamentId}:${place}`;
}

/** The place each ledger key of a tournament pays, to read a payout row's place without parsing its key. */
export function payoutPlacesByKey(tournamentId: string): Map<string, number> {
  return new Map(
    Array.from({ length: PAID_PLACES }, (_, index) => [payoutLedgerKey(tournamentId, index + 1), index + 1]),
  );
}

/** A payout run is about one tournament: its AutomationRun subject is of this type, with the tournament's id. */
export const PAYOUT_SUBJECT_TYPE = "TOURNAMENT" satisfies RunSubjectType;

export function payoutRunSubject(tournamentId: string): { type: RunSubjectType; id: string } {
  return { type: PAYOUT_SUBJECT_TYPE, id: tournamentId };
}

/**
 * The per-tournament advisory lock every payout decision takes (paying, freezing, unfreezing), so a
 * freeze and a payout run never interleave: one waits for the other's commit and sees its result.
 */
export function payoutLockName(tournamentId: string): string {
  return `distribute_payouts:${tournamentId}`;
}
