// The notification center's list: newest first, keyset pagination on (createdAt, id) so each page
// is an index range scan however many rows the table holds; filters by type and unread; the
// archive is its own view. Each item carries its deliveries ("emailed", "email skipped: …"), the
// notices it superseded and whether what it is about is muted (two more queries per page, in parallel).
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import { findActiveMutes } from "@/lib/notifications/mutes/find-active-mutes";

export const INBOX_PAGE_SIZE = 20;

export const ZListNotificationsInput = z.object({
  cursor: z.string().max(200).optional(),
  type: z.enum(NOTIFICATION_TYPES as [string, ...string[]]).optional(),
  unreadOnly: z.boolean().optional(),
  archived: z.boolean().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export type TListNotificationsInput = z.infer<typeof ZListNotificationsInput>;

const SELECT = {
  id: true,
  type: true,
  title: true,
  body: true,
  url: true,
  readAt: true,
  archivedAt: true,
  createdAt: true,
  outcome: true,
  collapseKey: true,
  deliveries: { select: { channel: true, status: true, reason: true, sentAt: true }, orderBy: { channel: "asc" } },
  tournament: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.NotificationSelect;

/** A superseded notice, shown under the one that replaced it ("1 earlier update"). */
export type TEarlierUpdate = { id: string; title: string; createdAt: Date };
export type TInboxItem = Prisma.NotificationGetPayload<{ select: typeof SELECT }> & {
  earlier: TEarlierUpdate[];
  /** The player has muted what it is about (its tournament, else its team) right now. */
  isAboutMuted: boolean;
};
export type TInboxPage = { items: TInboxItem[]; nextCursor: string | null };

export function encodeCursor(item: { createdAt: Date; id: string }): string {
  return Buffer.from(`${item.createdAt.toISOString()}|${item.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  // A cursor is opaque to users but theirs to edit: anything we did not write starts at the top.
  return id && /^[\w-]{1,100}$/.test(id) && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

export async function listNotifications(userId: string, input: TListNotificationsInput = {}): Promise<TInboxPage> {
  const { cursor, type, unreadOnly, archived, limit = INBOX_PAGE_SIZE } = parseInput(ZListNotificationsInput, input);
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db.notification.findMany({
    where: {
      userId,
      archivedAt: archived ? { not: null } : null,
      // Superseded notices are not rows of their own: they come with their replacement (below).
      supersededAt: null,
      ...(type ? { type: type as TInboxItem["type"] } : {}),
      ...(unreadOnly ? { readAt: null } : {}),
      // The redundant `lte` bound lets PostgreSQL start the index range at the cursor.
      ...(after
        ? {
            createdAt: { lte: after.createdAt },
            OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
          }
        : {}),
    },
    // Leading with archivedAt (constant within a view) makes the order the one of the index
    // (userId, archivedAt, createdAt DESC, id DESC), so a page is a short index range scan rather
    // than a walk down the createdAt index filtering out everyone else's rows (npm run bench).
    orderBy: [
      { archivedAt: "asc" },
      ...(unreadOnly ? [{ readAt: "asc" as const }] : []),
      { createdAt: "desc" },
      { id: "desc" },
    ],
    take: limit + 1,
    select: SELECT,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const keys = [...new Set(page.flatMap((item) => (item.collapseKey ? [item.collapseKey] : [])))];
  const [earlier, muted] = await Promise.all([
    keys.length
      ? db.notification.findMany({
          where: { userId, collapseKey: { in: keys }, supersededAt: { not: null } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, title: true, createdAt: true, collapseKey: true },
        })
      : [],
    findActiveMutes(userId, {
      tournamentIds: [...new Set(page.flatMap((item) => (item.tournament ? [item.tournament.id] : [])))],
      teamIds: [...new Set(page.flatMap((item) => (item.team ? [item.team.id] : [])))],
    }),
  ]);
  const items = page.map((item) => ({
    ...item,
    isAboutMuted: item.tournament
      ? muted.tournamentIds.has(item.tournament.id)
      : item.team
        ? muted.teamIds.has(item.team.id)
        : false,
    earlier: earlier
      .filter((update) => update.collapseKey === item.collapseKey)
      .map((update) => ({ id: update.id, title: update.title, createdAt: update.createdAt })),
  }));
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** The bell: unread, not archived (superseded and answered ones are read: no longer a call to action). Answered from the (userId, archivedAt, readAt, …) index. */
export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, archivedAt: null, readAt: null } });
}
