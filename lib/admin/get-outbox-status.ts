// The outbox as the admin sees it: how many committed events Inngest has not accepted yet and since
// when the oldest one waits (with its last send error and next try), the dead-lettered ones (with
// the error Inngest gave), and how often the sweep runs — read from the sweep's own schedule.
import { db } from "@/lib/db";
import { countDeadLetters, countPendingEvents, OUTBOX_SWEEP_INTERVAL_MINUTES } from "@/lib/outbox/relay-outbox";

/** Events older than this still waiting mean the background worker is not taking them: /admin shows a banner. */
export const WORKER_STALLED_AFTER_MS = 3 * 60_000;

/** Dead letters listed on the dashboard (the count covers all of them). */
const DEAD_LETTERS_SHOWN = 5;

export type TOutboxStatus = {
  pendingCount: number;
  oldestPending: {
    name: string;
    createdAt: Date;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: Date;
  } | null;
  deadLetterCount: number;
  deadLetters: {
    id: string;
    name: string;
    createdAt: Date;
    deadAt: Date;
    attempts: number;
    lastError: string | null;
  }[];
  sweepEveryMinutes: number;
  /** Since when events wait longer than WORKER_STALLED_AFTER_MS (the oldest one's time), or null. */
  stalledSince: Date | null;
  /**
   * When the sweep should have resent the oldest waiting event but did not (its retry time is more
   * than a sweep interval past): the sweep runs on the scheduler, so it stops with it. Null while on time.
   */
  sweepOverdueSince: Date | null;
};

export async function getOutboxStatus(now = new Date()): Promise<TOutboxStatus> {
  const [pendingCount, oldestPending, deadLetterCount, deadRows] = await Promise.all([
    countPendingEvents(),
    db.outboxEvent.findFirst({
      where: { sentAt: null, deadAt: null },
      orderBy: { createdAt: "asc" },
      select: { name: true, createdAt: true, attempts: true, lastError: true, nextAttemptAt: true },
    }),
    countDeadLetters(),
    db.outboxEvent.findMany({
      where: { sentAt: null, deadAt: { not: null } },
      orderBy: { deadAt: "desc" },
      take: DEAD_LETTERS_SHOWN,
      select: { id: true, name: true, createdAt: true, deadAt: true, attempts: true, lastError: true },
    }),
  ]);
  const deadLetters = deadRows.flatMap(({ deadAt, ...row }) => (deadAt ? [{ ...row, deadAt }] : []));
  return {
    pendingCount,
    oldestPending,
    deadLetterCount,
    deadLetters,
    sweepEveryMinutes: OUTBOX_SWEEP_INTERVAL_MINUTES,
    stalledSince:
      oldestPending && now.getTime() - oldestPending.createdAt.getTime() > WORKER_STALLED_AFTER_MS
        ? oldestPending.createdAt
        : null,
    sweepOverdueSince:
      oldestPending &&
      now.getTime() - oldestPending.nextAttemptAt.getTime() > OUTBOX_SWEEP_INTERVAL_MINUTES * 60_000 + 60_000
        ? oldestPending.nextAttemptAt
        : null,
  };
}
