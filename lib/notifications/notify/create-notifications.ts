// Notify, step 1: for every recipient resolve the channels (preferences for all of them in one
// query), write the in-app rows in bulk and one Delivery row per email/Discord channel — PENDING
// where it will be sent, SKIPPED with the reason where it will not. The per-user dedup key makes a
// redelivered request write nothing new. Four statements for any number of recipients.
// Mutes: a recipient who muted the tournament or team it is about gets no notification at all (the
// same preferences query says so); announcements are never muted. Quiet hours: inside the
// recipient's window, email and Discord deliveries are HELD until it ends (hold-until.ts) and come
// back in `held`, for the release requests; in-app is immediate. Superseding: a notice about an
// object a player already has notices about (collapse-key.ts) marks the earlier ones superseded
// (and read: no longer a call to action), in the same transaction.
import { db } from "@/lib/db";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";
import { getPreferencesForUsers } from "@/lib/notifications/preferences/get-preferences-for-users";
import { resolveChannels } from "@/lib/notifications/preferences/resolve-channels";
import type { TChannel } from "@/lib/notifications/catalog";
import type { TNotificationRequest } from "./notification-request";
import { announceNotificationChanges } from "@/lib/notifications/live/announce-changes";
import { holdUntil, QUIET_HOURS_HELD_REASON } from "@/lib/notifications/quiet-hours/hold-until";
import { collapseKeyOf } from "./collapse-key";

const DELIVERY_CHANNEL: Partial<Record<TChannel, DeliveryChannel>> = { email: "EMAIL", discord: "DISCORD" };

export type TCreateNotificationsResult = {
  recipients: number;
  created: number;
  emailPending: number;
  discordPending: number;
  skipped: number;
  /** Recipients muted on what it is about: not notified. */
  muted: number;
  /** Each recipient with held deliveries and when their quiet hours end (ISO). */
  held: { userId: string; releaseAt: string }[];
};

export async function createNotifications(
  request: TNotificationRequest,
  now = new Date(),
): Promise<TCreateNotificationsResult> {
  const about = { tournamentId: request.tournamentId ?? null, teamId: request.teamId };
  const collapseKey = collapseKeyOf(request);
  const recipients = await getPreferencesForUsers(
    request.recipientIds,
    db,
    request.type === "announcement" ? { now } : { ...about, now },
  );
  const unmuted = [...recipients.values()].filter((prefs) => !prefs.isMuted);
  const plans = unmuted.map((prefs) => ({
    userId: prefs.userId,
    heldUntil: holdUntil(request.type, prefs, now),
    ...resolveChannels(request.type, prefs, {
      hasVerifiedEmail: prefs.emailVerified,
      hasDiscord: prefs.discordUserId !== null,
    }),
  }));

  // One INSERT … SELECT unnest(…) per table: a constant number of statements and bind parameters
  // (one array per column) for any number of recipients. ON CONFLICT makes a redelivery a no-op.
  const inApp = plans.map((plan) => plan.channels.includes("in_app"));
  const userIds = plans.map((plan) => plan.userId);
  // Both tables in one transaction: one durable commit instead of three, and never a notification
  // without its deliveries.
  const { created, deliveries } = await db.$transaction(
    async (tx) => {
      // Without the in-app channel the row is still the record of what happened (and anchors the
      // email/Discord deliveries), but it never shows in the bell or the inbox: it starts archived.
      const created = await tx.$executeRaw`
      INSERT INTO "Notification" (id, "userId", type, title, body, url, data, "dedupKey", "tournamentId", "teamId", "collapseKey", "archivedAt", "createdAt")
      SELECT gen_random_uuid()::text, r.user_id, ${request.type}::"NotificationType", ${request.title}, ${request.body}, ${request.url},
             ${request.data ? JSON.stringify(request.data) : null}::jsonb, ${request.dedupKey}, ${about.tournamentId}::text, ${about.teamId}::text, ${collapseKey}::text,
             CASE WHEN r.in_app THEN NULL ELSE ${now}::timestamp END, ${now}::timestamp
      FROM unnest(${userIds}::text[], ${inApp}::boolean[]) AS r(user_id, in_app)
      ON CONFLICT ("userId", "dedupKey") DO NOTHING`;

      // The rows that exist now (ours, or an earlier delivery's of the same request).
      const existing = await tx.$queryRaw<{ id: string; userId: string }[]>`
      SELECT id, "userId" FROM "Notification" WHERE "dedupKey" = ${request.dedupKey} AND "userId" = ANY(${userIds}::text[])`;
      const notificationOf = new Map(existing.map((row) => [row.userId, row.id]));

      const deliveries: {
        notificationId: string;
        channel: DeliveryChannel;
        status: DeliveryStatus;
        reason: string | null;
        heldUntil: Date | null;
      }[] = [];
      for (const plan of plans) {
        const notificationId = notificationOf.get(plan.userId);
        if (!notificationId) continue;
        for (const channel of plan.channels) {
          const deliveryChannel = DELIVERY_CHANNEL[channel];
          if (deliveryChannel)
            deliveries.push(
              plan.heldUntil
                ? {
                    notificationId,
                    channel: deliveryChannel,
                    status: "HELD",
                    reason: QUIET_HOURS_HELD_REASON,
                    heldUntil: plan.heldUntil,
                  }
                : { notificationId, channel: deliveryChannel, status: "PENDING", reason: null, heldUntil: null },
            );
        }
        for (const { channel, reason } of plan.skipped) {
          const deliveryChannel = DELIVERY_CHANNEL[channel];
          if (deliveryChannel)
            deliveries.push({ notificationId, channel: deliveryChannel, status: "SKIPPED", reason, heldUntil: null });
        }
      }
      if (deliveries.length) {
        await tx.$executeRaw`
        INSERT INTO "Delivery" (id, "notificationId", type, channel, status, reason, "heldUntil", attempts, "createdAt", "updatedAt")
        SELECT gen_random_uuid()::text, d.notification_id, ${request.type}::"NotificationType", d.channel::"DeliveryChannel", d.status::"DeliveryStatus", d.reason, d.held_until, 0, ${now}::timestamp, ${now}::timestamp
        FROM unnest(${deliveries.map((row) => row.notificationId)}::text[], ${deliveries.map((row) => row.channel)}::text[],
                    ${deliveries.map((row) => row.status)}::text[], ${deliveries.map((row) => row.reason)}::text[],
                    ${deliveries.map((row) => row.heldUntil)}::timestamp[]) AS d(notification_id, channel, status, reason, held_until)
        ON CONFLICT ("notificationId", channel) DO NOTHING`;
      }
      if (collapseKey !== null && created > 0)
        await tx.$executeRaw`
        UPDATE "Notification" SET "supersededAt" = ${now}::timestamp, "readAt" = COALESCE("readAt", ${now}::timestamp)
        WHERE "userId" = ANY(${userIds}::text[]) AND "collapseKey" = ${collapseKey} AND "dedupKey" <> ${request.dedupKey}
          AND "supersededAt" IS NULL AND "createdAt" <= ${now}::timestamp`;
      // Open bells and centers of these users update now (at commit): live-hub.ts.
      if (created > 0)
        await announceNotificationChanges(
          tx,
          userIds.filter((_userId, index) => inApp[index]),
        );
      return { created, deliveries };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );

  const count = (channel: DeliveryChannel, status: DeliveryStatus) =>
    deliveries.filter((row) => row.channel === channel && row.status === status).length;
  return {
    recipients: plans.length,
    created,
    emailPending: count("EMAIL", "PENDING"),
    discordPending: count("DISCORD", "PENDING"),
    skipped: deliveries.filter((row) => row.status === "SKIPPED").length,
    muted: recipients.size - unmuted.length,
    held: plans.flatMap((plan) =>
      plan.heldUntil && plan.channels.some((channel) => DELIVERY_CHANNEL[channel])
        ? [{ userId: plan.userId, releaseAt: plan.heldUntil.toISOString() }]
        : [],
    ),
  };
}
