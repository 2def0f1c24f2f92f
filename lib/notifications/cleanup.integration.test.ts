import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cleanupNotifications } from "./cleanup";

const DAY = 24 * 3_600_000;
const now = new Date("2026-11-29T04:30:00Z");

const NOTHING_ELSE = {
  hiddenDeletedCount: 0,
  runsDeletedCount: 0,
  mailboxDeletedCount: 0,
  sessionsDeletedCount: 0,
  tokensDeletedCount: 0,
  mutesDeletedCount: 0,
};

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User", "AutomationRun", "CapturedEmail", "VerificationToken", "Tournament" CASCADE`;
  await db.user.create({ data: { id: "u1", name: "U", email: "u@cleanup.test" } });
});

async function notification(title: string, daysAgo: number, read: boolean, archived = false) {
  await db.notification.create({
    data: {
      userId: "u1",
      type: "system",
      title,
      body: "",
      dedupKey: title,
      createdAt: new Date(now.getTime() - daysAgo * DAY),
      readAt: read ? now : null,
      archivedAt: archived ? new Date(now.getTime() - daysAgo * DAY) : null,
      deliveries: { create: { type: "system", channel: "EMAIL", status: "SENT" } },
    },
  });
}

describe("cleaning up old notifications", () => {
  it("deletes read notifications older than 90 days and keeps unread ones however old", async () => {
    await notification("read, old", 91, true);
    await notification("read, recent", 89, true);
    await notification("unread, ancient", 400, false);
    expect(await cleanupNotifications({ now })).toEqual({ deletedCount: 1, days: 90, ...NOTHING_ELSE });
    expect(
      (await db.notification.findMany({ select: { title: true }, orderBy: { title: "asc" } })).map((row) => row.title),
    ).toEqual(["read, recent", "unread, ancient"]);
    expect(await cleanupNotifications({ now })).toEqual({ deletedCount: 0, days: 90, ...NOTHING_ELSE });
    expect(await db.delivery.count()).toBe(2); // the deleted notification's went with it
  });

  it("honours a shorter retention and deletes in batches", async () => {
    await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "createdAt", "readAt")
      SELECT 'bulk-' || i, 'u1', 'system', 'bulk', '', 'bulk-' || i, ${new Date(now.getTime() - 40 * DAY)}, ${now} FROM generate_series(1, 12000) i`;
    expect(await cleanupNotifications({ days: 30, now })).toMatchObject({ deletedCount: 12_000, days: 30 });
  });

  it("deletes hidden notifications (archived, never read) after the same 90 days", async () => {
    await notification("hidden, old", 91, false, true);
    await notification("hidden, recent", 30, false, true);
    expect(await cleanupNotifications({ now })).toMatchObject({ deletedCount: 0, hiddenDeletedCount: 1 });
    expect((await db.notification.findMany({ select: { title: true } })).map((row) => row.title)).toEqual([
      "hidden, recent",
    ]);
  });

  it("deletes finished automation runs after 90 days (never a running one), week-old dev mail, expired sessions and tokens", async () => {
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
    await db.automationRun.createMany({
      data: [
        { job: "expire-invites", trigger: "CRON", status: "SUCCEEDED", startedAt: daysAgo(91) },
        { job: "expire-invites", trigger: "CRON", status: "RUNNING", startedAt: daysAgo(91) },
        { job: "expire-invites", trigger: "CRON", status: "FAILED", startedAt: daysAgo(10) },
      ],
    });
    await db.capturedEmail.createMany({
      data: [8, 1].map((days) => ({
        to: "u@cleanup.test",
        from: "f",
        subject: `${days}`,
        html: "",
        text: "",
        createdAt: daysAgo(days),
      })),
    });
    await db.session.createMany({
      data: [
        { sessionToken: "expired", userId: "u1", expires: daysAgo(1) },
        { sessionToken: "valid", userId: "u1", expires: daysAgo(-1) },
      ],
    });
    await db.verificationToken.createMany({
      data: [
        { identifier: "u@cleanup.test", token: "old", expires: daysAgo(1) },
        { identifier: "u@cleanup.test", token: "new", expires: daysAgo(-1) },
      ],
    });
    await db.tournament.create({ data: { id: "t1", name: "Cup", slug: "cup-cleanup", game: "Valorant" } });
    await db.notificationMute.createMany({
      data: [
        { userId: "u1", tournamentId: "t1", until: daysAgo(1) },
        { userId: "u1", teamId: null, tournamentId: null, until: daysAgo(-1) },
      ],
    });
    expect(await cleanupNotifications({ now })).toEqual({
      days: 90,
      deletedCount: 0,
      hiddenDeletedCount: 0,
      runsDeletedCount: 1,
      mailboxDeletedCount: 1,
      sessionsDeletedCount: 1,
      tokensDeletedCount: 1,
      mutesDeletedCount: 1,
    });
    expect(await db.notificationMute.count()).toBe(1); // the mute still running is kept
    const statuses = (await db.automationRun.findMany({ select: { status: true } })).map((run) => run.status);
    expect(statuses.sort()).toEqual(["FAILED", "RUNNING"]);
    expect((await db.capturedEmail.findMany()).map((mail) => mail.subject)).toEqual(["1"]);
    expect((await db.session.findMany()).map((session) => session.sessionToken)).toEqual(["valid"]);
    expect((await db.verificationToken.findMany()).map((token) => token.token)).toEqual(["new"]);
    expect(await cleanupNotifications({ now })).toEqual({ days: 90, deletedCount: 0, ...NOTHING_ELSE });
  });

  it("refuses a retention that is not a whole number of days", async () => {
    await expect(cleanupNotifications({ days: 0 })).rejects.toThrow("days must be a whole number of at least 1");
  });
});
