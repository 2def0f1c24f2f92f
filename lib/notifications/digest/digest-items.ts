// What a digest holds: the user's unread notifications of the types they get in the digest (email
// mode "digest"), from the last days, that no digest included yet and that were not emailed on their
// own, newest first. `digestItemFilter` is the one definition, used both to find who has a digest
// due and to fill it.
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { DIGEST_TYPES_BY_DEFAULT } from "@/lib/notifications/preferences/to-preferences";

export const DIGEST_WINDOW_DAYS = 7;
export const DIGEST_MAX_ITEMS = 200;

export type TDigestItem = {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  url: string | null;
  createdAt: Date;
};

/**
 * SQL condition on `n` (a Notification) belonging to `userId` (an SQL expression) for a digest at `now`:
 * of a type in the user's digest (`emailDigest`: their NotificationPreference.emailDigest, NULL
 * without a row, so the catalog default), unread, in the inbox, in no digest yet, and not already
 * emailed on its own (handed to Resend: SENT, or whatever Resend's webhooks said of it since).
 */
export function digestItemFilter(userId: Prisma.Sql, emailDigest: Prisma.Sql, now: Date): Prisma.Sql {
  const since = new Date(now.getTime() - DIGEST_WINDOW_DAYS * 24 * 3_600_000);
  return Prisma.sql`n."userId" = ${userId} AND n."readAt" IS NULL AND n."archivedAt" IS NULL AND n."digestId" IS NULL AND n."createdAt" > ${since}
    AND coalesce((${emailDigest} ->> n.type::text)::boolean, n.type::text = ANY(${DIGEST_TYPES_BY_DEFAULT}::text[]))
    AND NOT EXISTS (SELECT 1 FROM "Delivery" e WHERE e."notificationId" = n.id AND e.channel = 'EMAIL' AND e.status IN ('SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED'))`;
}

export function findDigestItems(client: DbClient, userId: string, now: Date): Promise<TDigestItem[]> {
  return client.$queryRaw<TDigestItem[]>`
    SELECT n.id, n.type, n.title, n.body, n.url, n."createdAt" FROM "Notification" n
    WHERE ${digestItemFilter(Prisma.sql`${userId}`, Prisma.sql`(SELECT p."emailDigest" FROM "NotificationPreference" p WHERE p."userId" = ${userId})`, now)}
    ORDER BY n."createdAt" DESC LIMIT ${DIGEST_MAX_ITEMS}`;
}
