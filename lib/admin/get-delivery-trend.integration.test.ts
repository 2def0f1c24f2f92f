// The Deliveries card's trend on the real database: hourly attempts and losses, the last 24 hours,
// and the most common reasons.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";
import { aUser } from "@/test-support/factories";
import { getDeliveryTrend, TREND_HOURS } from "./get-delivery-trend";

const NOW = new Date("2026-12-03T12:30:00Z");
const HOUR = 3_600_000;

async function delivery(
  userId: string,
  index: number,
  channel: DeliveryChannel,
  status: DeliveryStatus,
  hoursAgo: number,
  reason: string | null = null,
) {
  const createdAt = new Date(NOW.getTime() - hoursAgo * HOUR);
  const notification = await db.notification.create({
    data: { userId, type: "match_result", title: `N${index}`, body: "", dedupKey: `trend:${index}`, createdAt },
  });
  await db.delivery.create({
    data: { notificationId: notification.id, type: "match_result", channel, status, reason, createdAt },
  });
}

describe("getDeliveryTrend", () => {
  it("counts attempts and losses per hour for a week, the last 24 hours per channel and status, and the commonest reasons", async () => {
    const user = await aUser();
    let index = 0;
    const add = (channel: DeliveryChannel, status: DeliveryStatus, hoursAgo: number, reason?: string) =>
      delivery(user.id, index++, channel, status, hoursAgo, reason);
    await add("EMAIL", "SENT", 0.2);
    await add("EMAIL", "DELIVERED", 0.3);
    await add("EMAIL", "BOUNCED", 0.4, "mailbox does not exist");
    await add("EMAIL", "SKIPPED", 0.4, "you turned off all email"); // not an attempt
    await add("DISCORD", "FAILED", 30, "Discord answered 404");
    await add("DISCORD", "FAILED", 31, "Discord answered 404");
    await add("EMAIL", "SENT", 24 * 8); // older than the week: nowhere

    const trend = await getDeliveryTrend(NOW);

    expect(trend.hours).toHaveLength(TREND_HOURS);
    expect(trend.hours.at(-1)).toEqual({ hour: "2026-12-03T12:00:00.000Z", attempted: 3, lost: 1 });
    expect(trend.hours.find((hour) => hour.hour === "2026-12-02T06:00:00.000Z")).toEqual({
      hour: "2026-12-02T06:00:00.000Z",
      attempted: 1,
      lost: 1,
    });
    expect(trend.hours.reduce((sum, hour) => sum + hour.attempted, 0)).toBe(5);
    const dayWeek = (channel: DeliveryChannel, status: DeliveryStatus) =>
      trend.byType
        .filter((row) => row.channel === channel && row.status === status)
        .map((row) => [row.type, row.day, row.week]);
    expect(dayWeek("EMAIL", "SENT")).toEqual([["match_result", 1, 1]]); // the 8-day-old one is outside the week
    expect(dayWeek("EMAIL", "BOUNCED")).toEqual([["match_result", 1, 1]]);
    expect(dayWeek("DISCORD", "FAILED")).toEqual([["match_result", 0, 2]]);
    expect(trend.inApp).toEqual([{ type: "match_result", day: 4, week: 6 }]);
    expect(trend.reasons).toEqual([
      { channel: "DISCORD", status: "FAILED", reason: "Discord answered 404", count: 2 },
      { channel: "EMAIL", status: "BOUNCED", reason: "mailbox does not exist", count: 1 },
      { channel: "EMAIL", status: "SKIPPED", reason: "you turned off all email", count: 1 },
    ]);
  });
});
