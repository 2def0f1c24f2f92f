// What a user does in the notification center: mark read / unread, mark all read, archive. Every
// change is limited to the actor's own rows (the ids of others simply match nothing).
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import type { TActor } from "@/lib/auth/actor";
import { db, type DbClient } from "@/lib/db";
import { announceNotificationChanges } from "@/lib/notifications/live/announce-changes";

const ZNotificationIds = z
  .array(z.string({ error: "Choose notifications." }).min(1).max(100), { error: "Choose notifications." })
  .min(1, "Choose notifications.")
  .max(100, "Choose at most 100 notifications.");

export const ZSetNotificationsReadInput = z.object({
  ids: ZNotificationIds,
  isRead: z.boolean({ error: "Say read or unread." }),
});
export type TSetNotificationsReadInput = z.input<typeof ZSetNotificationsReadInput>;

export const ZSetNotificationsArchivedInput = z.object({
  ids: ZNotificationIds,
  isArchived: z.boolean({ error: "Say archive or restore." }),
});
export type TSetNotificationsArchivedInput = z.input<typeof ZSetNotificationsArchivedInput>;

export type TUpdatedNotifications = { updated: number };

export async function setNotificationsRead(
  actor: TActor,
  input: TSetNotificationsReadInput,
): Promise<TUpdatedNotifications> {
  const { ids, isRead } = parseInput(ZSetNotificationsReadInput, input);
  return updateAndAnnounce(actor.id, (tx) =>
    tx.notification.updateMany({
      where: { userId: actor.id, id: { in: ids }, readAt: isRead ? null : { not: null } },
      data: { readAt: isRead ? new Date() : null },
    }),
  );
}

export async function markAllNotificationsRead(actor: TActor): Promise<TUpdatedNotifications> {
  return updateAndAnnounce(actor.id, (tx) =>
    tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, archivedAt: null },
      data: { readAt: new Date() },
    }),
  );
}

/** Archived notifications leave the inbox (and the bell count) but stay in the archive view. */
export async function setNotificationsArchived(
  actor: TActor,
  input: TSetNotificationsArchivedInput,
): Promise<TUpdatedNotifications> {
  const { ids, isArchived } = parseInput(ZSetNotificationsArchivedInput, input);
  return updateAndAnnounce(actor.id, (tx) =>
    tx.notification.updateMany({
      where: { userId: actor.id, id: { in: ids }, archivedAt: isArchived ? null : { not: null } },
      data: { archivedAt: isArchived ? new Date() : null },
    }),
  );
}

/** The change, and (when it changed anything) word to the user's other tabs and devices in the same transaction. */
async function updateAndAnnounce(
  userId: string,
  update: (tx: DbClient) => Promise<{ count: number }>,
): Promise<TUpdatedNotifications> {
  return db.$transaction(async (tx) => {
    const { count } = await update(tx);
    if (count > 0) await announceNotificationChanges(tx, [userId]);
    return { updated: count };
  });
}
