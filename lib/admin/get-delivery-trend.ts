// Delivery health over time, for the admin's Deliveries card: per hour of the last week, how many
// deliveries were attempted and how many were lost; per type, channel and status, the last 24 hours
// and 7 days (with in-app: notifications created); and the most common reasons a delivery was lost
// or skipped. Aggregates over Delivery's (createdAt, channel, status, type) and Notification's
// (createdAt, type) indexes — index-only, so they stay fast at millions of rows
// (npm run bench -- delivery-health checks the plans at 1,000,000 deliveries).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryChannel, DeliveryStatus, NotificationType } from "@/lib/generated/prisma/enums";

export const TREND_HOURS = 7 * 24;
const REASONS_SHOWN = 6;
const HOUR_MS = 3_600_000;
/** Reached the reader (a spam complaint means it was delivered first), and never did. */
export const REACHED_STATUSES: readonly DeliveryStatus[] = ["SENT", "DELIVERED", "COMPLAINED"];
export const LOST_STATUSES: readonly DeliveryStatus[] = ["FAILED", "BOUNCED"];

export type TTrendHour = { hour: string; attempted: number; lost: number };
export type TTypeCount = {
  type: NotificationType;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  /** Last 24 hours, and last 7 days. */
  day: number;
  week: number;
};
export type TInAppCount = { type: NotificationType; day: number; week: number };
export type TLossReason = { channel: DeliveryChannel; status: DeliveryStatus; reason: string; count: number };
export type TDeliveryTrend = {
  hours: TTrendHour[];
  byType: TTypeCount[];
  inApp: TInAppCount[];
  reasons: TLossReason[];
};

export async function getDeliveryTrend(now = new Date()): Promise<TDeliveryTrend> {
  const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  const chartSince = new Date(end - TREND_HOURS * HOUR_MS);
  const weekAgo = new Date(now.getTime() - 7 * 24 * HOUR_MS);
  const dayAgo = new Date(now.getTime() - 24 * HOUR_MS);
  const lost = Prisma.join(LOST_STATUSES.map((status) => Prisma.sql`${status}::"DeliveryStatus"`));
  const [hourly, byType, inApp, reasons] = await Promise.all([
    db.$queryRaw<{ hour: Date; attempted: number; lost: number }[]>`
      SELECT date_trunc('hour', "createdAt") AS hour,
        count(*) FILTER (WHERE status <> 'SKIPPED')::int AS attempted,
        count(*) FILTER (WHERE status IN (${lost}))::int AS lost
      FROM "Delivery" WHERE "createdAt" >= ${chartSince} GROUP BY 1`,
    db.$queryRaw<TTypeCount[]>`
      SELECT type, channel, status, count(*) FILTER (WHERE "createdAt" >= ${dayAgo})::int AS day, count(*)::int AS week
      FROM "Delivery" WHERE "createdAt" >= ${weekAgo} GROUP BY 1, 2, 3`,
    db.$queryRaw<TInAppCount[]>`
      SELECT type, count(*) FILTER (WHERE "createdAt" >= ${dayAgo})::int AS day, count(*)::int AS week
      FROM "Notification" WHERE "createdAt" >= ${weekAgo} GROUP BY 1`,
    db.$queryRaw<TLossReason[]>`
      SELECT channel, status, coalesce(reason, '(no reason given)') AS reason, count(*)::int AS count
      FROM "Delivery" WHERE "createdAt" >= ${weekAgo} AND (status IN (${lost}) OR status = 'SKIPPED')
      GROUP BY 1, 2, 3 ORDER BY count DESC, reason LIMIT ${REASONS_SHOWN}`,
  ]);
  const byHour = new Map(hourly.map((row) => [row.hour.getTime(), row]));
  const hours = Array.from({ length: TREND_HOURS }, (_, index) => {
    const start = chartSince.getTime() + index * HOUR_MS;
    const row = byHour.get(start);
    return { hour: new Date(start).toISOString(), attempted: row?.attempted ?? 0, lost: row?.lost ?? 0 };
  });
  return { hours, byType, inApp, reasons };
}
