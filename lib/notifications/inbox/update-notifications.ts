// What a user does in the notification center: mark read / unread, mark all read, archive. Every
// change is limited to the actor's own rows (the ids of others simply match nothing).
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import type { TActor } from "@/lib/auth/actor";
import { db, type DbClient } from "@/lib/db";
import { announceNotificationChanges } from "@/lib/notifications/live/announce-changes";
import { NOTIFICATION_IDS_MAX } from "./notification-view";

const ZNotificationIds = z
  .array(z.string({ error: "Choose notifications." }).min(1).max(100), { error: "Choose notifications." })
  .min(1, "Choose notifications.")
  .max(NOTIFICATION_IDS_MAX, `Choose at most ${NOTIFICATION_IDS_MAX} notifications.`);

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

/**
 * "Mark all read" and what its Undo needs: the ids it changed, when there are few enough for one
 * Undo to name them (NOTIFICATION_IDS_MAX); beyond that `ids` is null and there is no Undo.
 */
export type TMarkedAllRead = TUpdatedNotifications & { ids: string[] | null };

export async function markAllNotificationsRead(actor: TActor): Promise<TMarkedAllRead> {
  return updateAndAnnounce(actor.id, async (tx) => {
    // One statement: the update, its count, and at most one id more than an Undo can take (so the
    // answer stays small however many there were).
    const [row] = await tx.$queryRaw<{ count: bigint; ids: string[] | null }[]>`
      WITH changed AS (
        UPDATE "Notification" SET "readAt" = ${new Date()}::timestamp
        WHERE "userId" = ${actor.id} AND "readAt" IS NULL AND "archivedAt" IS NULL
        RETURNING id
      )
      SELECT count(*) AS count, (array_agg(id))[1:${NOTIFICATION_IDS_MAX + 1}::int] AS ids FROM changed`;
    const count = Number(row?.count ?? 0);
    return { count, ids: count <= NOTIFICATION_IDS_MAX ? (row?.ids ?? []) : null };
  });
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
async function updateAndAnnounce<T extends { count: number }>(
  userId: string,
  update: (tx: DbClient) => Promise<T>,
): Promise<Omit<T, "count"> & TUpdatedNotifications> {
  return db.$transaction(async (tx) => {
    const { count, ...rest } = await update(tx);
    if (count > 0) await announceNotificationChanges(tx, [userId]);
    return { ...rest, updated: count };
  });
}
