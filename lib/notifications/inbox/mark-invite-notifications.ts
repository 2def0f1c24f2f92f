// An invite's notification follows its invite: once the invite is accepted, declined, withdrawn or
// expired, the invitee's "invited you" notification shows that outcome, loses its call to action and
// stops counting as unread. Called in the transaction that changes the invite; one statement for
// any number of invites (the expire job's batch), read through the (userId, type) index.
import type { DbClient } from "@/lib/db";
import type { NotificationOutcome } from "@/lib/generated/prisma/enums";
import { announceNotificationChanges } from "@/lib/notifications/live/announce-changes";

export async function markInviteNotifications(
  tx: DbClient,
  invites: readonly { id: string; inviteeId: string }[],
  outcome: NotificationOutcome,
  now = new Date(),
): Promise<number> {
  if (invites.length === 0) return 0;
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    UPDATE "Notification" n
    SET "outcome" = ${outcome}::"NotificationOutcome", "readAt" = COALESCE(n."readAt", ${now}::timestamp)
    FROM unnest(${invites.map((invite) => invite.id)}::text[], ${invites.map((invite) => invite.inviteeId)}::text[]) AS i(id, invitee_id)
    WHERE n."userId" = i.invitee_id AND n."type" = 'invite_sent' AND n."data"->>'inviteId' = i.id AND n."outcome" IS NULL
    RETURNING n."userId"`;
  if (rows.length > 0) await announceNotificationChanges(tx, [...new Set(rows.map((row) => row.userId))]);
  return rows.length;
}
