// The users whose daily digest is due now, with their local date: two queries however many users
// (the distinct time zone + digest time pairs; then the users of the due pairs that have something
// to send and no digest for that date yet). Users without a preference row have the defaults.
import { db } from "@/lib/db";
import { DEFAULT_DIGEST_TIME } from "@/lib/notifications/preferences/digest-time";
import { digestSlot } from "./digest-slot";
import { Prisma } from "@/lib/generated/prisma/client";
import { digestItemFilter } from "./digest-items";

export type TDueDigest = { userId: string; digestDate: string };

export async function selectDueDigests(now = new Date()): Promise<TDueDigest[]> {
  const pairs = await db.$queryRaw<{ timezone: string; digestTime: string }[]>`
    SELECT DISTINCT u.timezone, coalesce(p."digestTime", ${DEFAULT_DIGEST_TIME}) AS "digestTime"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE coalesce(p."digestEnabled", true) AND NOT coalesce(p."optOutEmail", false) AND u.email IS NOT NULL AND u."emailVerified" IS NOT NULL`;
  const due = pairs.map((pair) => ({ ...pair, ...digestSlot(pair.timezone, pair.digestTime, now) })).filter((pair) => pair.isDue);
  if (due.length === 0) return [];

  return db.$queryRaw<TDueDigest[]>`
    SELECT u.id AS "userId", to_char(c.digest_date, 'YYYY-MM-DD') AS "digestDate"
    FROM unnest(${due.map((pair) => pair.timezone)}::text[], ${due.map((pair) => pair.digestTime)}::text[], ${due.map((pair) => pair.digestDate)}::date[]) AS c(timezone, digest_time, digest_date)
    JOIN "User" u ON u.timezone = c.timezone
    LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE coalesce(p."digestTime", ${DEFAULT_DIGEST_TIME}) = c.digest_time
      AND coalesce(p."digestEnabled", true) AND NOT coalesce(p."optOutEmail", false)
      AND u.email IS NOT NULL AND u."emailVerified" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "NotificationDigest" d WHERE d."userId" = u.id AND d."digestDate" = c.digest_date)
      AND EXISTS (SELECT 1 FROM "Notification" n WHERE ${digestItemFilter(Prisma.sql`u.id`, now)})
    ORDER BY u.id`;
}
