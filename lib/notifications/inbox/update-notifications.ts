// What a user does in the notification center: mark read / unread, mark all read, archive. Every
// change is limited to the user's own rows (the ids of others simply match nothing).
import { z } from "zod";
import { parseInput } from "@/lib/actions/parse-input";
import { db } from "@/lib/db";

export const ZNotificationIds = z.array(z.string().min(1).max(100)).min(1).max(100);

export async function markNotificationsRead(userId: string, ids: string[], isRead: boolean): Promise<{ updated: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId, id: { in: parseInput(ZNotificationIds, ids) }, readAt: isRead ? null : { not: null } },
    data: { readAt: isRead ? new Date() : null },
  });
  return { updated: count };
}

export async function markAllNotificationsRead(userId: string): Promise<{ updated: number }> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, archivedAt: null }, data: { readAt: new Date() } });
  return { updated: count };
}

/** Archived notifications leave the inbox (and the bell count) but stay in the archive view. */
export async function archiveNotifications(userId: string, ids: string[], isArchived = true): Promise<{ updated: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId, id: { in: parseInput(ZNotificationIds, ids) }, archivedAt: isArchived ? null : { not: null } },
    data: { archivedAt: isArchived ? new Date() : null },
  });
  return { updated: count };
}
