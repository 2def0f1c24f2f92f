// Daily digests on the real database: who is due, what goes in, once per user and local date.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import { scheduleDigestsFunction } from "@/inngest/functions/schedule-digests";
import { sendDigestsFunction } from "@/inngest/functions/send-digests";
import { sendEmailBatchFunction } from "@/inngest/functions/send-email-batch";
import { driveInngest } from "@/test-support/drive-inngest";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { cronTick, runInngestFunction } from "@/test-support/run-inngest-function";
import { DIGEST_PAGE_SIZE } from "./prepare-digests";
import { scheduleDigests, sendDueDigests } from "./schedule-digests";
import { countDueDigests, selectDueDigests } from "./select-due-digests";

// 08:00 in Berlin (CET) and in UTC+0 is 07:00/08:00Z; we tick at 07:00Z on 2026-11-29.
const TICK = new Date("2026-11-29T07:00:00Z");
const HOUR = 3_600_000;
let ids: Record<string, string>;

async function user(
  name: string,
  options: {
    timezone?: string;
    digestTime?: string;
    /** Every type "off" in email (the old "digest off"). */
    noDigest?: boolean;
    emailDigest?: Record<string, boolean>;
    optOutEmail?: boolean;
    verified?: boolean;
  } = {},
) {
  const created = await db.user.create({
    data: {
      name,
      email: `${name.toLowerCase()}@digest.test`,
      emailVerified: options.verified === false ? null : new Date(),
      timezone: options.timezone ?? "Europe/Berlin",
    },
  });
  if (options.digestTime || options.noDigest || options.emailDigest || options.optOutEmail) {
    await db.notificationPreference.create({
      data: {
        userId: created.id,
        digestTime: options.digestTime ?? "08:00",
        emailDigest: options.noDigest
          ? Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, false]))
          : (options.emailDigest ?? {}),
        optOutEmail: options.optOutEmail ?? false,
      },
    });
  }
  return created.id;
}

async function notify(
  userId: string,
  title: string,
  options: {
    type?: NotificationType;
    hoursAgo?: number;
    read?: boolean;
    emailed?: boolean;
  } = {},
) {
  const notification = await db.notification.create({
    data: {
      userId,
      type: options.type ?? "bracket_ready",
      title,
      body: `${title} — details`,
      url: "/tournaments/crown-cup",
      dedupKey: `test:${userId}:${title}`,
      createdAt: new Date(TICK.getTime() - (options.hoursAgo ?? 2) * HOUR),
      readAt: options.read ? TICK : null,
    },
  });
  if (options.emailed)
    await db.delivery.create({
      data: {
        notificationId: notification.id,
        type: notification.type,
        channel: "EMAIL",
        status: "SENT",
        sentAt: TICK,
      },
    });
  return notification.id;
}

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User", "OutboxEvent", "CapturedEmail", "AutomationRun", "EmailBatch" CASCADE`;
  ids = {
    due: await user("Due"), // Berlin, default 08:00, has news
    quiet: await user("Quiet"), // Berlin, nothing unread
    alreadyEmailed: await user("AlreadyEmailed"),
    evening: await user("Evening", { digestTime: "18:30" }),
    off: await user("Off", { noDigest: true }),
    optedOut: await user("OptedOut", { optOutEmail: true }),
    unverified: await user("Unverified", { verified: false }),
    tokyo: await user("Tokyo", { timezone: "Asia/Tokyo" }), // 16:00 there
  };
  await notify(ids.due ?? "", "Crown Cup bracket is out");
  await notify(ids.due ?? "", "Azure registered for Winter Open", { type: "tournament_registered" });
  await notify(ids.due ?? "", "Crimson 13–7 Azure", { type: "match_result" }); // instant by default: not in the digest
  await notify(ids.due ?? "", "Lena joined Azure", { type: "roster_changed" });
  await notify(ids.due ?? "", "Old read one", { read: true });
  await notify(ids.due ?? "", "Too old", { hoursAgo: 24 * 10 });
  await notify(ids.quiet ?? "", "Read already", { read: true });
  await notify(ids.alreadyEmailed ?? "", "Sent on its own", { emailed: true });
  for (const key of ["evening", "off", "optedOut", "unverified", "tokyo"])
    await notify(ids[key] ?? "", "Something happened");
});

describe("daily digest", () => {
  it("picks exactly the users whose local digest time is now and who have something new", async () => {
    expect(await selectDueDigests(TICK)).toEqual([{ userId: ids.due, digestDate: "2026-11-29" }]);
    expect(await selectDueDigests(new Date("2026-11-29T17:30:00Z"))).toEqual([
      { userId: ids.evening, digestDate: "2026-11-29" },
    ]);
  });

  it("groups the unread, not yet emailed notifications by type and records them, so the next digest does not repeat them", async () => {
    // The CLI's run sends every digest due today: Tokyo's (08:00 there was hours ago) too.
    expect(await sendDueDigests(TICK)).toEqual({ dueCount: 2, prepared: 2, emailBatches: 1 });
    const mail = await db.capturedEmail.findFirst({ where: { to: "due@digest.test" } });
    expect(mail?.to).toBe("due@digest.test");
    expect(mail?.subject).toBe("Your DeltaCrown digest: 3 new notifications");
    expect(mail?.text).toContain("Crown Cup bracket is out");
    expect(mail?.text).toContain("Lena joined Azure");
    expect(mail?.text).not.toContain("Crimson 13–7 Azure");
    expect(mail?.text).not.toContain("Old read one");
    expect(mail?.text).not.toContain("Too old");
    expect(mail?.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

    expect(await db.notification.count({ where: { userId: ids.due, digestId: { not: null } } })).toBe(3);
    expect(await db.notificationDigest.findFirst({ select: { notificationCount: true, sentAt: true } })).toEqual({
      notificationCount: 3,
      sentAt: expect.any(Date),
    });
    // Next day, with nothing new: nothing is selected or sent.
    expect(await selectDueDigests(new Date("2026-11-30T07:00:00Z"))).toEqual([]);
    expect(await sendDueDigests(new Date("2026-11-30T07:00:00Z"))).toEqual({
      dueCount: 0,
      prepared: 0,
      emailBatches: 0,
    });
    expect(await db.capturedEmail.count()).toBe(2);
  });

  it("sends one digest per user and date however often it is triggered, also at the same moment", async () => {
    await Promise.all([1, 2, 3].map(() => sendDueDigests(TICK)));
    expect(await db.capturedEmail.count()).toBe(2); // "Due" and "Tokyo"
    expect(await sendDueDigests(TICK)).toMatchObject({ prepared: 0 });
    expect(await selectDueDigests(TICK)).toEqual([]);
  });

  it("the half-hourly scheduler queues the slot once; send-digests then sends each due digest through the provider batches", async () => {
    const first = await runInngestFunction(scheduleDigestsFunction, cronTick(TICK));
    expect(first.result).toMatchObject({ status: "SUCCEEDED", result: { dueCount: 1 } });
    const again = await runInngestFunction(scheduleDigestsFunction, cronTick(new Date(TICK.getTime() + 60_000)));
    expect(again.result).toMatchObject({ status: "SKIPPED" });
    await scheduleDigests(TICK); // even a manual run queues the same event id
    const slots = sentEvents().filter((event) => event.name === "digest/slot.due");
    expect(slots).toEqual([
      expect.objectContaining({ id: `digest-slot:${TICK.toISOString()}`, data: { at: TICK.toISOString() } }),
    ]);

    const report = await driveInngest(
      [sendDigestsFunction, sendEmailBatchFunction],
      slots.map((slot) => ({ ...slot, data: slot.data as Record<string, unknown> })),
    );
    expect(report.runs.map((run) => `${run.fn} ${run.status}`)).toEqual([
      "send-digests completed",
      "send-email-batch completed",
    ]);
    expect(report.runs[0]?.result).toEqual({ due: 1, prepared: 1, emailBatches: 1 });
    expect((await db.capturedEmail.findMany()).map((mail) => mail.to)).toEqual(["due@digest.test"]);
  });

  it("reads a large slot a page at a time and sends every digest once, in batches of at most 100", async () => {
    const count = DIGEST_PAGE_SIZE + 250;
    await db.$executeRaw`
      INSERT INTO "User" (id, name, email, "emailVerified", timezone, "updatedAt")
      SELECT 'page-' || lpad(g::text, 5, '0'), 'Page ' || g, 'page' || g || '@digest.test', now(), 'Europe/Berlin', now() FROM generate_series(1, ${count}::int) AS g`;
    await db.$executeRaw`
      INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "createdAt")
      SELECT 'page-n-' || g, 'page-' || lpad(g::text, 5, '0'), 'bracket_ready', 'Result ' || g, 'Details', 'page:' || g, ${new Date(TICK.getTime() - HOUR)} FROM generate_series(1, ${count}::int) AS g`;
    expect(await countDueDigests(TICK)).toBe(count + 1);

    const report = await driveInngest(
      [sendDigestsFunction, sendEmailBatchFunction],
      [{ name: "digest/slot.due", data: { at: TICK.toISOString() } }],
    );

    expect(report.runs[0]?.result).toEqual({
      due: count + 1,
      prepared: count + 1,
      emailBatches: Math.ceil(DIGEST_PAGE_SIZE / 100) + Math.ceil((count + 1 - DIGEST_PAGE_SIZE) / 100),
    });
    expect(await db.capturedEmail.count()).toBe(count + 1);
    expect(await db.notificationDigest.count({ where: { sentAt: { not: null } } })).toBe(count + 1);
    expect(await db.emailBatch.findMany({ where: { size: { gt: 100 } } })).toEqual([]);
  }, 60_000);

  it("holds the types the user chose for the digest: an instant type moved to the digest comes in, a digest type set to instant stays out", async () => {
    const chooser = await user("Chooser", { emailDigest: { match_result: true, bracket_ready: false } });
    await notify(chooser, "Night 2–0 Golden", { type: "match_result" });
    await notify(chooser, "Bracket out", { type: "bracket_ready" });
    await notify(chooser, "Roster news", { type: "roster_changed" });
    await sendDueDigests(TICK);
    const mail = (await db.capturedEmail.findMany()).find((each) => each.to === "chooser@digest.test");
    expect(mail?.subject).toBe("Your DeltaCrown digest: 2 new notifications");
    expect(mail?.text).toContain("Night 2–0 Golden");
    expect(mail?.text).toContain("Roster news");
    expect(mail?.text).not.toContain("Bracket out");
  });

  it("is due at any minute: 18:47 in Berlin goes at the first tick from 17:47Z on, not before", async () => {
    const precise = await user("Precise", { digestTime: "18:47" });
    await notify(precise, "Precise news");
    const dueAt = async (iso: string) =>
      (await selectDueDigests(new Date(iso))).some((digest) => digest.userId === precise);
    expect(await dueAt("2026-11-29T17:45:00Z")).toBe(false);
    expect(await dueAt("2026-11-29T17:47:00Z")).toBe(true);
    expect(await dueAt("2026-11-29T18:00:00Z")).toBe(true);
  });

  it("a scheduled tick looks back two hours; send-digests (the CLI's job) sends every digest due today and not sent yet", async () => {
    const afternoon = new Date("2026-11-29T15:00:00Z"); // 16:00 in Berlin: the 08:00 digests are hours late
    expect(await selectDueDigests(afternoon)).toEqual([]);
    // Tokyo is already at 00:00 on 30 November there: its next digest is not due yet.
    expect(await sendDueDigests(afternoon)).toEqual({ dueCount: 1, prepared: 1, emailBatches: 1 });
    expect((await db.capturedEmail.findMany()).map((mail) => mail.to)).toEqual(["due@digest.test"]);
    expect(await sendDueDigests(afternoon)).toMatchObject({ prepared: 0 }); // once a day
  });
});
