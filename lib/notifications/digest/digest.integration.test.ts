// Daily digests on the real database: who is due, what goes in, once per user and local date.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scheduleDigestsFunction } from "@/inngest/functions/schedule-digests";
import { sendDigestFunction } from "@/inngest/functions/send-digest";
import { sentEvents } from "@/lib/testing/inngest-stand-in";
import { cronTick, runInngestFunction } from "@/lib/testing/run-inngest-function";
import { scheduleDigests } from "./schedule-digests";
import { selectDueDigests } from "./select-due-digests";
import { sendDigest } from "./send-digest";

// 08:00 in Berlin (CET) and in UTC+0 is 07:00/08:00Z; we tick at 07:00Z on 2026-11-29.
const TICK = new Date("2026-11-29T07:00:00Z");
const HOUR = 3_600_000;
let ids: Record<string, string>;

async function user(name: string, options: { timezone?: string; digestTime?: string; digestEnabled?: boolean; optOutEmail?: boolean; verified?: boolean } = {}) {
  const created = await db.user.create({
    data: { name, email: `${name.toLowerCase()}@digest.test`, emailVerified: options.verified === false ? null : new Date(), timezone: options.timezone ?? "Europe/Berlin" },
  });
  if (options.digestTime || options.digestEnabled === false || options.optOutEmail) {
    await db.notificationPreference.create({
      data: { userId: created.id, digestTime: options.digestTime ?? "08:00", digestEnabled: options.digestEnabled ?? true, optOutEmail: options.optOutEmail ?? false },
    });
  }
  return created.id;
}

async function notify(userId: string, title: string, options: { type?: "match_result" | "roster_changed" | "invite_sent"; hoursAgo?: number; read?: boolean; emailed?: boolean } = {}) {
  const notification = await db.notification.create({
    data: {
      userId,
      type: options.type ?? "match_result",
      title,
      body: `${title} — details`,
      url: "/tournaments/crown-cup",
      dedupKey: `test:${userId}:${title}`,
      createdAt: new Date(TICK.getTime() - (options.hoursAgo ?? 2) * HOUR),
      readAt: options.read ? TICK : null,
    },
  });
  if (options.emailed) await db.delivery.create({ data: { notificationId: notification.id, channel: "EMAIL", status: "SENT", sentAt: TICK } });
  return notification.id;
}

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User", "OutboxEvent", "CapturedEmail", "AutomationRun" CASCADE`;
  ids = {
    due: await user("Due"), // Berlin, default 08:00, has news
    quiet: await user("Quiet"), // Berlin, nothing unread
    alreadyEmailed: await user("AlreadyEmailed"),
    evening: await user("Evening", { digestTime: "18:30" }),
    off: await user("Off", { digestEnabled: false }),
    optedOut: await user("OptedOut", { optOutEmail: true }),
    unverified: await user("Unverified", { verified: false }),
    tokyo: await user("Tokyo", { timezone: "Asia/Tokyo" }), // 16:00 there
  };
  await notify(ids.due ?? "", "Crimson 13–7 Azure");
  await notify(ids.due ?? "", "Azure 13–11 Golden");
  await notify(ids.due ?? "", "Lena joined Azure", { type: "roster_changed" });
  await notify(ids.due ?? "", "Old read one", { read: true });
  await notify(ids.due ?? "", "Too old", { hoursAgo: 24 * 10 });
  await notify(ids.quiet ?? "", "Read already", { read: true });
  await notify(ids.alreadyEmailed ?? "", "Sent on its own", { emailed: true });
  for (const key of ["evening", "off", "optedOut", "unverified", "tokyo"]) await notify(ids[key] ?? "", "Something happened");
});

describe("daily digest", () => {
  it("picks exactly the users whose local digest time is now and who have something new", async () => {
    expect(await selectDueDigests(TICK)).toEqual([{ userId: ids.due, digestDate: "2026-11-29" }]);
    expect(await selectDueDigests(new Date("2026-11-29T17:30:00Z"))).toEqual([{ userId: ids.evening, digestDate: "2026-11-29" }]);
  });

  it("groups the unread, not yet emailed notifications by type and records them, so the next digest does not repeat them", async () => {
    const result = await sendDigest({ userId: ids.due ?? "", digestDate: "2026-11-29" }, TICK);
    expect(result).toMatchObject({ status: "sent", notificationCount: 3 });

    const [mail] = await db.capturedEmail.findMany();
    expect(mail?.to).toBe("due@digest.test");
    expect(mail?.subject).toBe("Your DeltaCrown digest: 3 new notifications");
    expect(mail?.text).toContain("Crimson 13–7 Azure");
    expect(mail?.text).toContain("Lena joined Azure");
    expect(mail?.text).not.toContain("Old read one");
    expect(mail?.text).not.toContain("Too old");
    expect(mail?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

    expect(await db.notification.count({ where: { userId: ids.due, digestId: { not: null } } })).toBe(3);
    // Next day, with nothing new: nothing is selected or sent.
    expect(await selectDueDigests(new Date("2026-11-30T07:00:00Z"))).toEqual([]);
    expect(await sendDigest({ userId: ids.due ?? "", digestDate: "2026-11-30" }, new Date("2026-11-30T07:00:00Z"))).toMatchObject({ status: "empty" });
    expect(await db.capturedEmail.count()).toBe(1);
  });

  it("sends one digest per user and date however often it is triggered", async () => {
    await Promise.all([1, 2, 3].map(() => sendDigest({ userId: ids.due ?? "", digestDate: "2026-11-29" }, TICK)));
    expect(await db.capturedEmail.count()).toBe(1);
    expect(await sendDigest({ userId: ids.due ?? "", digestDate: "2026-11-29" }, TICK)).toMatchObject({ status: "already_sent" });
    expect(await selectDueDigests(TICK)).toEqual([]);
  });

  it("the half-hourly scheduler queues one digest/user.due per due user, once per slot", async () => {
    const first = await runInngestFunction(scheduleDigestsFunction, cronTick(TICK));
    expect(first.result).toMatchObject({ status: "SUCCEEDED", result: { dueCount: 1 } });
    const again = await runInngestFunction(scheduleDigestsFunction, cronTick(new Date(TICK.getTime() + 60_000)));
    expect(again.result).toMatchObject({ status: "SKIPPED" });
    await scheduleDigests(TICK); // even a manual run queues the same event id
    expect(sentEvents().filter((event) => event.name === "digest/user.due" && event.data.userId === ids.due)).toEqual([
      expect.objectContaining({ id: `digest:${ids.due}:2026-11-29`, data: { userId: ids.due, digestDate: "2026-11-29" } }),
    ]);

    const sent = await runInngestFunction(sendDigestFunction, { name: "digest/user.due", data: { userId: ids.due ?? "", digestDate: "2026-11-29" } });
    expect(sent.result).toMatchObject({ status: "sent", notificationCount: 3 });
  });
});
