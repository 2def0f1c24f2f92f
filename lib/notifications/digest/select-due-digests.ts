// The users whose daily digest is due now, with their local date: two queries however many users
// (the distinct time zone + digest time pairs; then the users of the due pairs that have something
// to send and no digest for that date yet). Users without a preference row have the defaults.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DIGEST_TIME } from "@/lib/notifications/preferences/digest-time";
import { digestItemFilter } from "./digest-items";
import { DIGEST_CATCH_UP_MINUTES, digestSlot } from "./digest-slot";

export type TDueDigest = { userId: string; digestDate: string };

/**
 * Due digests, ordered by user: all of them, or (for paging) up to `limit` after user `after` —
 * still two queries a page, so a slot of 100,000 users is read a bounded page at a time.
 */
export async function selectDueDigests(
  now = new Date(),
  page: { after?: string | null; limit?: number; lookBackMinutes?: number } = {},
): Promise<TDueDigest[]> {
  const due = await dueDigestsSql(now, page.lookBackMinutes);
  if (!due) return [];
  return db.$queryRaw<TDueDigest[]>`
    SELECT "userId", "digestDate" FROM (${due}) AS due
    WHERE ${page.after ?? null}::text IS NULL OR "userId" > ${page.after ?? null}
    ORDER BY "userId" LIMIT ${page.limit ?? null}`;
}

/** How many digests are due now (the scheduler's count), in the same two queries. */
export async function countDueDigests(now = new Date(), lookBackMinutes?: number): Promise<number> {
  const due = await dueDigestsSql(now, lookBackMinutes);
  if (!due) return 0;
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (${due}) AS due`;
  return row?.count ?? 0;
}

/** The SELECT of due (userId, digestDate), or null when no time zone is past its digest time now. */
async function dueDigestsSql(now: Date, lookBackMinutes = DIGEST_CATCH_UP_MINUTES): Promise<Prisma.Sql | null> {
  const pairs = await db.$queryRaw<{ timezone: string; digestTime: string }[]>`
    SELECT DISTINCT u.timezone, coalesce(p."digestTime", ${DEFAULT_DIGEST_TIME}) AS "digestTime"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE NOT coalesce(p."optOutEmail", false) AND u.email IS NOT NULL AND u."emailVerified" IS NOT NULL`;
  const due = pairs
    .map((pair) => ({ ...pair, ...digestSlot(pair.timezone, pair.digestTime, now, lookBackMinutes) }))
    .filter((pair) => pair.isDue);
  if (due.length === 0) return null;

  return Prisma.sql`
    SELECT u.id AS "userId", to_char(c.digest_date, 'YYYY-MM-DD') AS "digestDate"
    FROM unnest(${due.map((pair) => pair.timezone)}::text[], ${due.map((pair) => pair.digestTime)}::text[], ${due.map((pair) => pair.digestDate)}::date[]) AS c(timezone, digest_time, digest_date)
    JOIN "User" u ON u.timezone = c.timezone
    LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE coalesce(p."digestTime", ${DEFAULT_DIGEST_TIME}) = c.digest_time
      AND NOT coalesce(p."optOutEmail", false)
      AND u.email IS NOT NULL AND u."emailVerified" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "NotificationDigest" d WHERE d."userId" = u.id AND d."digestDate" = c.digest_date)
      AND EXISTS (SELECT 1 FROM "Notification" n WHERE ${digestItemFilter(Prisma.sql`u.id`, Prisma.sql`p."emailDigest"`, now)})`;
}
