// The prize hold: a completed tournament's prizes are paid PRIZE_HOLD_HOURS after completion, and
// never while an admin has frozen them over a dispute. One function says where a tournament's
// payout stands; distribute-payouts (under its lock), the wrap-up query and the dashboard all use it.
import { env } from "@/lib/env";

const HOUR_MS = 3_600_000;

export type TPayoutHoldInput = {
  completedAt: Date | null;
  payoutsFrozenAt: Date | null;
  payoutsFrozenReason: string | null;
  /** The ledger already holds a payout of this tournament. */
  isPaid: boolean;
};

export type TPayoutHoldState =
  | { state: "not_completed" }
  | { state: "paid" }
  | { state: "frozen"; reason: string; frozenAt: Date }
  | { state: "holding"; dueAt: Date }
  | { state: "due"; dueAt: Date };

/** The hold configured for this deployment, in milliseconds. */
export function prizeHoldMs(holdHours = env.PRIZE_HOLD_HOURS): number {
  return holdHours * HOUR_MS;
}

/** When a tournament completed at `completedAt` may be paid. */
export function payoutDueAt(completedAt: Date, holdHours = env.PRIZE_HOLD_HOURS): Date {
  return new Date(completedAt.getTime() + prizeHoldMs(holdHours));
}

/** Tournaments completed at or before this instant have served their hold (the wrap-up's filter). */
export function holdEndedFor(now: Date, holdHours = env.PRIZE_HOLD_HOURS): Date {
  return new Date(now.getTime() - prizeHoldMs(holdHours));
}

export function getPayoutHoldState(
  { completedAt, payoutsFrozenAt, payoutsFrozenReason, isPaid }: TPayoutHoldInput,
  now: Date,
  holdHours = env.PRIZE_HOLD_HOURS,
): TPayoutHoldState {
  if (isPaid) return { state: "paid" };
  if (!completedAt) return { state: "not_completed" };
  if (payoutsFrozenAt) return { state: "frozen", reason: payoutsFrozenReason ?? "", frozenAt: payoutsFrozenAt };
  const dueAt = payoutDueAt(completedAt, holdHours);
  return now < dueAt ? { state: "holding", dueAt } : { state: "due", dueAt };
}

/** "5 h", "45 min", "2 d 3 h": how long until `dueAt`, rounded up so it never reads "0 min" early. */
export function formatHoldLeft(dueAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((dueAt.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** The dashboard's line: "Paying in 5 h" / "Frozen: <reason>" / "Due" / "Paid". */
export function describePayoutHold(hold: TPayoutHoldState, now: Date): string | null {
  switch (hold.state) {
    case "not_completed":
      return null;
    case "paid":
      return "Paid";
    case "frozen":
      return `Frozen: ${hold.reason}`;
    case "holding":
      return `Paying in ${formatHoldLeft(hold.dueAt, now)}`;
    case "due":
      return "Due";
  }
}
