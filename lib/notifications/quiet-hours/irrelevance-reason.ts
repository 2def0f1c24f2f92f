// The one rule for "does a held message still matter when the quiet hours end?", as a SQL
// expression over the notification `n`: NULL when it should still go out, otherwise the reason it
// is skipped (stored on its Delivery, so "why did I not get this?" has an answer). Superseded and
// answered or expired notices are checked first: they are also marked read, but the reason is theirs.
import { Prisma } from "@/lib/generated/prisma/client";

export const IRRELEVANCE_REASONS = {
  superseded: "replaced by a newer notice before your quiet hours ended",
  resolved: "its invite was answered, withdrawn or expired before your quiet hours ended",
  read: "read in the app before your quiet hours ended",
  archived: "archived before your quiet hours ended",
} as const;

/**
 * `n` must be the "Notification" alias. A notification created without the in-app channel is born
 * archived (archivedAt = createdAt, create-notifications.ts): that is not the user archiving it.
 */
export const IRRELEVANCE_REASON_SQL = Prisma.sql`CASE
  WHEN n."supersededAt" IS NOT NULL THEN ${IRRELEVANCE_REASONS.superseded}
  WHEN n."outcome" IS NOT NULL THEN ${IRRELEVANCE_REASONS.resolved}
  WHEN n."readAt" IS NOT NULL THEN ${IRRELEVANCE_REASONS.read}
  WHEN n."archivedAt" IS NOT NULL AND n."archivedAt" > n."createdAt" THEN ${IRRELEVANCE_REASONS.archived}
  ELSE NULL END`;
