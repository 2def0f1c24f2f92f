// The one rule for "does a held message still matter when the quiet hours end?", as a SQL
// expression over the notification `n`: NULL when it should still go out, otherwise the reason it
// is skipped (stored on its Delivery, so "why did I not get this?" has an answer). A later rule
// (expired or superseded notifications) is one more WHEN here.
import { Prisma } from "@/lib/generated/prisma/client";

export const IRRELEVANCE_REASONS = {
  read: "read in the app before your quiet hours ended",
  archived: "archived before your quiet hours ended",
} as const;

/**
 * `n` must be the "Notification" alias. A notification created without the in-app channel is born
 * archived (archivedAt = createdAt, create-notifications.ts): that is not the user archiving it.
 */
export const IRRELEVANCE_REASON_SQL = Prisma.sql`CASE
  WHEN n."readAt" IS NOT NULL THEN ${IRRELEVANCE_REASONS.read}
  WHEN n."archivedAt" IS NOT NULL AND n."archivedAt" > n."createdAt" THEN ${IRRELEVANCE_REASONS.archived}
  ELSE NULL END`;
