// Delivery health for the admin dashboard: per channel, what happened to the last week's
// deliveries (sent, failed, skipped, still pending), and the latest failures with their reasons —
// so an email provider that refuses everything, or a Discord webhook that is gone, shows up here
// and not only in players' notification centers — the team webhooks Discord said are gone, and the
// trend (get-delivery-trend.ts: per hour, per type, the commonest reasons).
import { db } from "@/lib/db";
import { DeliveryChannel, DeliveryStatus, type NotificationType } from "@/lib/generated/prisma/enums";
import { getBrokenTeamWebhooks, type TBrokenTeamWebhook } from "@/lib/notifications/discord/get-broken-team-webhooks";
import { getDeliveryTrend, type TDeliveryTrend } from "./get-delivery-trend";

export const DELIVERY_HEALTH_DAYS = 7;
const FAILURES_SHOWN = 8;

export type TChannelHealth = { channel: DeliveryChannel; counts: Record<DeliveryStatus, number> };
export type TDeliveryFailure = {
  id: string;
  channel: DeliveryChannel;
  reason: string | null;
  createdAt: Date;
  type: NotificationType;
  title: string;
  recipient: string;
};
export type TDeliveryHealth = {
  days: number;
  channels: TChannelHealth[];
  recentFailures: TDeliveryFailure[];
  /** Team webhooks Discord said are gone: nothing is posted there until the captain sets a new one. */
  brokenWebhooks: TBrokenTeamWebhook[];
  trend: TDeliveryTrend;
};

export async function getDeliveryHealth(now = new Date()): Promise<TDeliveryHealth> {
  const since = new Date(now.getTime() - DELIVERY_HEALTH_DAYS * 86_400_000);
  const [failures, brokenWebhooks, trend] = await Promise.all([
    db.delivery.findMany({
      where: { status: "FAILED", createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: FAILURES_SHOWN,
      select: {
        id: true,
        channel: true,
        reason: true,
        createdAt: true,
        notification: { select: { type: true, title: true, user: { select: { name: true, email: true } } } },
      },
    }),
    getBrokenTeamWebhooks(),
    getDeliveryTrend(now),
  ]);
  const channels = Object.values(DeliveryChannel).map((channel) => {
    const counts = Object.fromEntries(Object.values(DeliveryStatus).map((status) => [status, 0])) as Record<
      DeliveryStatus,
      number
    >;
    for (const row of trend.byType) if (row.channel === channel) counts[row.status] += row.week;
    return { channel, counts };
  });
  const recentFailures = failures.map(({ notification, ...failure }) => ({
    ...failure,
    type: notification.type,
    title: notification.title,
    recipient: notification.user.name ?? notification.user.email ?? "a player",
  }));
  return { days: DELIVERY_HEALTH_DAYS, channels, recentFailures, brokenWebhooks, trend };
}
