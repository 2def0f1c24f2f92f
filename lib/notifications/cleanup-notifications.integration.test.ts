import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cleanupNotifications } from "./cleanup-notifications";

const DAY = 24 * 3_600_000;
const now = new Date("2026-11-29T04:30:00Z");

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User" CASCADE`;
  await db.user.create({ data: { id: "u1", name: "U", email: "u@cleanup.test" } });
});

async function notification(title: string, daysAgo: number, read: boolean) {
  await db.notification.create({
    data: {
      userId: "u1",
      type: "system",
      title,
      body: "",
      dedupKey: title,
      createdAt: new Date(now.getTime() - daysAgo * DAY),
      readAt: read ? now : null,
    },
  });
}

describe("cleaning up old notifications", () => {
  it("deletes read notifications older than 90 days and keeps unread ones however old", async () => {
    await notification("read, old", 91, true);
    await notification("read, recent", 89, true);
    await notification("unread, ancient", 400, false);
    expect(await cleanupNotifications({ now })).toEqual({ deletedCount: 1, days: 90 });
    expect(
      (await db.notification.findMany({ select: { title: true }, orderBy: { title: "asc" } })).map((row) => row.title),
    ).toEqual(["read, recent", "unread, ancient"]);
    expect(await cleanupNotifications({ now })).toEqual({ deletedCount: 0, days: 90 });
  });

  it("honours a shorter retention and deletes in batches", async () => {
    await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "createdAt", "readAt")
      SELECT 'bulk-' || i, 'u1', 'system', 'bulk', '', 'bulk-' || i, ${new Date(now.getTime() - 40 * DAY)}, ${now} FROM generate_series(1, 12000) i`;
    expect(await cleanupNotifications({ days: 30, now })).toEqual({ deletedCount: 12_000, days: 30 });
  });

  it("refuses a retention that is not a whole number of days", async () => {
    await expect(cleanupNotifications({ days: 0 })).rejects.toThrow("days must be a whole number of at least 1");
  });
});
