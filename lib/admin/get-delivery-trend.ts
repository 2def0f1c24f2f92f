// Delivery health over time, for the admin's Deliveries card: per hour of the last week, how many
// deliveries were attempted and how many were lost (failed, bounced or a spam complaint); the last
// 24 hours per channel and status; and the most common reasons a delivery was lost or skipped.
// Three aggregate queries over Delivery's (createdAt, channel, status) index — index-only for the
// first two — so they stay fast at millions of rows (npm run bench: delivery-health).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";

export const TREND_HOURS = 7 * 24;
const REASONS_SHOWN = 6;
const HOUR_MS = 3_600_000;
/** What counts as lost: never reached the reader's inbox or channel. */
export const LOST_STATUSES: readonly DeliveryStatus[] = ["FAILED", "BOUNCED", "COMPLAINED"];

export type TTrendHour = { hour: string; attempted: number; lost: number };
export type TChannelStatusCount = { channel: DeliveryChannel; status: DeliveryStatus; count: number };
export type TLossReason = TChannelStatusCount & { reason: string };
export type TDeliveryTrend = { hours: TTrendHour[]; last24h: TChannelStatusCount[]; reasons: TLossReason[] };

export async function getDeliveryTrend(now = new Date()): Promise<TDeliveryTrend> {
  const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  const since = new Date(end - TREND_HOURS * HOUR_MS);
  const dayAgo = new Date(now.getTime() - 24 * HOUR_MS);
  const lost = Prisma.join(LOST_STATUSES.map((status) => Prisma.sql`${status}::"DeliveryStatus"`));
  const [hourly, last24h, reasons] = await Promise.all([
    db.$queryRaw<{ hour: Date; attempted: number; lost: number }[]>`
      SELECT date_trunc('hour', "createdAt") AS hour,
        count(*) FILTER (WHERE status <> 'SKIPPED')::int AS attempted,
        count(*) FILTER (WHERE status IN (${lost}))::int AS lost
      FROM "Delivery" WHERE "createdAt" >= ${since} GROUP BY 1`,
    db.$queryRaw<TChannelStatusCount[]>`
      SELECT channel, status, count(*)::int AS count FROM "Delivery" WHERE "createdAt" >= ${dayAgo} GROUP BY 1, 2`,
    db.$queryRaw<TLossReason[]>`
      SELECT channel, status, coalesce(reason, '(no reason given)') AS reason, count(*)::int AS count
      FROM "Delivery" WHERE "createdAt" >= ${since} AND (status IN (${lost}) OR status = 'SKIPPED')
      GROUP BY 1, 2, 3 ORDER BY count DESC, reason LIMIT ${REASONS_SHOWN}`,
  ]);
  const byHour = new Map(hourly.map((row) => [row.hour.getTime(), row]));
  const hours = Array.from({ length: TREND_HOURS }, (_, index) => {
    const start = since.getTime() + index * HOUR_MS;
    const row = byHour.get(start);
    return { hour: new Date(start).toISOString(), attempted: row?.attempted ?? 0, lost: row?.lost ?? 0 };
  });
  return { hours, last24h, reasons };
}
