// What the bell shows — the unread count and the five newest inbox notifications, each with what it
// is about and whether the reader muted that — for many users in two queries (counts grouped by
// user; each user's newest five through a LATERAL on the inbox index): one user for the summary
// endpoint, a thousand at once when an announcement reaches that many open streams
// (lib/notifications/live/summary-loader.ts batches them).
import { db } from "@/lib/db";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { notificationAbout } from "@/lib/notifications/mutes/notification-about";
import { BELL_LATEST_COUNT, toBellItem, type TNotificationSummary } from "./bell-summary";

type TLatestRow = {
  userId: string;
  /** The user's zone, for the times in titles. */
  timezone: string;
  id: string;
  type: NotificationType;
  title: string;
  url: string | null;
  createdAt: Date;
  readAt: Date | null;
  tournamentId: string | null;
  tournamentName: string | null;
  teamId: string | null;
  teamName: string | null;
  isAboutMuted: boolean;
};

export async function loadBellSummaries(userIds: readonly string[]): Promise<Map<string, TNotificationSummary>> {
  const ids = [...new Set(userIds)];
  const [counts, latest] = await Promise.all([
    db.$queryRaw<{ userId: string; count: number }[]>`
      SELECT "userId", count(*)::int AS count FROM "Notification"
      WHERE "userId" = ANY(${ids}::text[]) AND "archivedAt" IS NULL AND "readAt" IS NULL GROUP BY 1`,
    db.$queryRaw<TLatestRow[]>`
      SELECT u.id AS "userId", usr.timezone, n.id, n.type, n.title, n.url, n."createdAt", n."readAt",
        t.id AS "tournamentId", t.name AS "tournamentName", tm.id AS "teamId", tm.name AS "teamName",
        EXISTS (
          SELECT 1 FROM "NotificationMute" m
          WHERE m."userId" = u.id AND (m.until IS NULL OR m.until > now())
            AND (m."tournamentId" = t.id OR (t.id IS NULL AND m."teamId" = tm.id))
        ) AS "isAboutMuted"
      FROM unnest(${ids}::text[]) AS u(id)
      JOIN "User" usr ON usr.id = u.id
      CROSS JOIN LATERAL (
        SELECT id, type, title, url, "createdAt", "readAt", "tournamentId", "teamId" FROM "Notification"
        WHERE "userId" = u.id AND "archivedAt" IS NULL AND "supersededAt" IS NULL
        ORDER BY "createdAt" DESC, id DESC LIMIT ${BELL_LATEST_COUNT}
      ) n
      LEFT JOIN "Tournament" t ON t.id = n."tournamentId"
      LEFT JOIN "Team" tm ON tm.id = n."teamId"
      ORDER BY n."createdAt" DESC, n.id DESC`,
  ]);
  const summaries = new Map<string, TNotificationSummary>(ids.map((id) => [id, { unreadCount: 0, latest: [] }]));
  for (const row of counts) {
    const summary = summaries.get(row.userId);
    if (summary) summary.unreadCount = row.count;
  }
  for (const row of latest) {
    const tournament = row.tournamentId ? { id: row.tournamentId, name: row.tournamentName ?? "" } : null;
    const team = row.teamId ? { id: row.teamId, name: row.teamName ?? "" } : null;
    const about = notificationAbout(tournament, team, row.isAboutMuted);
    summaries.get(row.userId)?.latest.push(toBellItem({ ...row, about }, env.APP_URL, row.timezone));
  }
  return summaries;
}

export async function loadBellSummary(userId: string): Promise<TNotificationSummary> {
  return (await loadBellSummaries([userId])).get(userId) ?? { unreadCount: 0, latest: [] };
}
