// PENDING team invites past their expiry (created + 7 days) become EXPIRED, and their notifications
// say so (mark-invite-notifications.ts): two statements in one transaction for any number of
// invites; running it again finds nothing to do.
import { db } from "@/lib/db";
import { markInviteNotifications } from "@/lib/notifications/inbox/mark-invite-notifications";

export async function expireInvites(now = new Date()): Promise<{ expiredCount: number }> {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string; inviteeId: string }[]>`
      UPDATE "TeamInvite" SET "status" = 'EXPIRED'
      WHERE "status" = 'PENDING' AND "expiresAt" <= ${now}::timestamp
      RETURNING "id", "inviteeId"`;
    await markInviteNotifications(tx, expired, "EXPIRED", now);
    return { expiredCount: expired.length };
  });
}
