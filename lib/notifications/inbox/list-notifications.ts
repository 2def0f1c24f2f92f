// The notification center's list: newest first, keyset pagination on (createdAt, id) so each page
// is an index range scan however many rows the table holds; filters by type and unread; the
// archive is its own view. Each item carries its deliveries ("emailed", "email skipped: …").
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOTIFICATION_TYPES } from "@/lib/notifications/catalog";

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
  deliveries: { select: { channel: true, status: true, reason: true, sentAt: true }, orderBy: { channel: "asc" } },
  tournament: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.NotificationSelect;

export type TInboxItem = Prisma.NotificationGetPayload<{ select: typeof SELECT }>;
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
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** The bell: unread, not archived. Answered from the (userId, archivedAt, readAt, …) index. */
export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, archivedAt: null, readAt: null } });
}
