// Notify, step 1: for every recipient resolve the channels (preferences for all of them in one
// query), write the in-app rows in bulk and one Delivery row per email/Discord channel — PENDING
// where it will be sent, SKIPPED with the reason where it will not. The per-user dedup key makes a
// redelivered request write nothing new. A constant number of statements for any recipient count.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPreferencesForUsers } from "@/lib/notifications/preferences/get-preferences-for-users";
import { resolveChannels } from "@/lib/notifications/preferences/resolve-channels";
import type { TChannel } from "@/lib/notifications/catalog";
import type { TNotificationRequest } from "./notification-request";

/** Rows per INSERT: Notification has 10 columns, PostgreSQL allows 65,535 bind parameters. */
const ROWS_PER_INSERT = 5_000;
const DELIVERY_CHANNEL: Partial<Record<TChannel, DeliveryChannel>> = { email: "EMAIL", discord: "DISCORD" };

export type TCreateNotificationsResult = { recipients: number; created: number; emailPending: number; discordPending: number; skipped: number };

export async function createNotifications(request: TNotificationRequest, now = new Date()): Promise<TCreateNotificationsResult> {
  const recipients = await getPreferencesForUsers(request.recipientIds);
  const plans = [...recipients.values()].map((prefs) => ({
    userId: prefs.userId,
    ...resolveChannels(request.type, prefs, { hasVerifiedEmail: prefs.emailVerified, hasDiscord: prefs.discordUserId !== null }),
  }));

  const rows: Prisma.NotificationCreateManyInput[] = plans.map((plan) => ({
    id: randomUUID(),
    userId: plan.userId,
    type: request.type,
    title: request.title,
    body: request.body,
    url: request.url,
    data: (request.data ?? undefined) as Prisma.InputJsonValue | undefined,
    dedupKey: request.dedupKey,
    // Without the in-app channel the row is still the record of what happened (and anchors the
    // email/Discord deliveries), but it never shows in the bell or the inbox: it starts archived.
    archivedAt: plan.channels.includes("in_app") ? null : now,
    createdAt: now,
  }));
  let created = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    created += (await db.notification.createMany({ data: rows.slice(start, start + ROWS_PER_INSERT), skipDuplicates: true })).count;
  }

  // The rows that exist now (ours, or an earlier delivery's of the same request).
  const existing = await db.$queryRaw<{ id: string; userId: string }[]>`
    SELECT id, "userId" FROM "Notification" WHERE "dedupKey" = ${request.dedupKey} AND "userId" = ANY(${plans.map((plan) => plan.userId)}::text[])`;
  const notificationOf = new Map(existing.map((row) => [row.userId, row.id]));

  const deliveries: { notificationId: string; channel: DeliveryChannel; status: DeliveryStatus; reason: string | null }[] = [];
  for (const plan of plans) {
    const notificationId = notificationOf.get(plan.userId);
    if (!notificationId) continue;
    for (const channel of plan.channels) {
      const deliveryChannel = DELIVERY_CHANNEL[channel];
      if (deliveryChannel) deliveries.push({ notificationId, channel: deliveryChannel, status: "PENDING", reason: null });
    }
    for (const { channel, reason } of plan.skipped) {
      const deliveryChannel = DELIVERY_CHANNEL[channel];
      if (deliveryChannel) deliveries.push({ notificationId, channel: deliveryChannel, status: "SKIPPED", reason });
    }
  }
  for (let start = 0; start < deliveries.length; start += ROWS_PER_INSERT) {
    await db.delivery.createMany({ data: deliveries.slice(start, start + ROWS_PER_INSERT), skipDuplicates: true });
  }

  const count = (channel: DeliveryChannel, status: DeliveryStatus) => deliveries.filter((row) => row.channel === channel && row.status === status).length;
  return {
    recipients: plans.length,
    created,
    emailPending: count("EMAIL", "PENDING"),
    discordPending: count("DISCORD", "PENDING"),
    skipped: deliveries.filter((row) => row.status === "SKIPPED").length,
  };
}
