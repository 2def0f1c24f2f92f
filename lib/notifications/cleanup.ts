// The daily retention job: everything that grows without bound is deleted once it is old enough,
// each table in batches (no statement holds locks on a huge table for long). Idempotent.
// - read notifications older than `days` (RETENTION_DAYS, default 90), with their deliveries (ON DELETE CASCADE);
//   unread ones the player can see are kept however old;
// - hidden notifications (archived, never read — in-app was off, or archived unread) after `days`;
// - automation runs that finished more than `days` ago;
// - the development mailbox's captured mail after a week;
// - expired sessions and sign-in (verification) tokens;
// - expired mutes (notify already ignores them: lib/notifications/preferences/get-preferences-for-users.ts).
// Sent outbox rows are pruned by the outbox sweep (lib/outbox/prune-outbox.ts).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export const CAPTURED_EMAIL_RETENTION_DAYS = 7;
const BATCH_SIZE = 5_000;
const DAY_MS = 24 * 3_600_000;

export type TCleanupResult = {
  days: number;
  /** Read notifications. */
  deletedCount: number;
  hiddenDeletedCount: number;
  runsDeletedCount: number;
  mailboxDeletedCount: number;
  sessionsDeletedCount: number;
  tokensDeletedCount: number;
  mutesDeletedCount: number;
};

/** Deletes the rows of `table` that `where` selects, BATCH_SIZE at a time; returns how many. */
async function deleteInBatches(table: string, where: Prisma.Sql): Promise<number> {
  const name = Prisma.raw(`"${table}"`);
  let deleted = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM ${name} WHERE ctid IN (SELECT ctid FROM ${name} WHERE ${where} LIMIT ${BATCH_SIZE})`;
    deleted += count;
    if (count < BATCH_SIZE) return deleted;
  }
}

export async function cleanupNotifications({
  days = env.RETENTION_DAYS,
  now = new Date(),
}: { days?: number; now?: Date } = {}): Promise<TCleanupResult> {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number of at least 1 (got ${days})`);
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const mailCutoff = new Date(now.getTime() - CAPTURED_EMAIL_RETENTION_DAYS * DAY_MS);
  return {
    days,
    deletedCount: await deleteInBatches("Notification", Prisma.sql`"readAt" IS NOT NULL AND "createdAt" < ${cutoff}`),
    hiddenDeletedCount: await deleteInBatches(
      "Notification",
      Prisma.sql`"readAt" IS NULL AND "archivedAt" IS NOT NULL AND "createdAt" < ${cutoff}`,
    ),
    runsDeletedCount: await deleteInBatches(
      "AutomationRun",
      Prisma.sql`status <> 'RUNNING' AND "startedAt" < ${cutoff}`,
    ),
    mailboxDeletedCount: await deleteInBatches("CapturedEmail", Prisma.sql`"createdAt" < ${mailCutoff}`),
    sessionsDeletedCount: await deleteInBatches("Session", Prisma.sql`expires < ${now}`),
    tokensDeletedCount: await deleteInBatches("VerificationToken", Prisma.sql`expires < ${now}`),
    mutesDeletedCount: await deleteInBatches("NotificationMute", Prisma.sql`"until" < ${now}`),
  };
}
