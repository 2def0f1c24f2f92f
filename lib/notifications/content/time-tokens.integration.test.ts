// One notification, many readers: its times are written once, as tokens, and each reader reads them
// in their own zone — each recipient's email (through the real send-email-batch function and the
// Resend stand-in), each recipient's digest, and each user's bell.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { aUser } from "@/test-support/factories";
import { startResendStandIn, type TResendStandIn } from "@/test-support/resend-stand-in";

let resend: TResendStandIn;
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  const [{ db }, create, plan, fn, drive, tokens, batch, bell] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/notify/create-notifications"),
    import("@/lib/notifications/email/plan-email-batches"),
    import("@/inngest/functions/send-email-batch"),
    import("@/test-support/drive-inngest"),
    import("./time-tokens"),
    import("@/lib/notifications/email/render-batch-emails"),
    import("@/lib/notifications/inbox/load-bell-summary"),
  ]);
  return { db, ...create, ...plan, ...fn, ...drive, ...tokens, ...batch, ...bell };
}

beforeAll(async () => {
  resend = await startResendStandIn();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await resend.close();
});
beforeEach(async () => {
  resend.reset();
  await app.db.$executeRaw`TRUNCATE "User", "EmailBatch" CASCADE`;
});

const START = new Date("2026-12-04T17:00:00.000Z");

const request = (recipientIds: string[]) => ({
  type: "match_scheduled" as const,
  recipientIds,
  title: `<Crimson> vs Azure — ${app.timeToken(START)}`,
  body: `Round 2 of Crown Cup & friends, starts at ${app.timeToken(START)}.`,
  url: "/tournaments/crown-cup",
  dedupKey: "match-scheduled:m1",
  teamId: null,
  data: null,
});

describe("times in notifications, per reader", () => {
  it("emails one notification to two recipients, each with their own local time and zone named", async () => {
    const berlin = await aUser({ email: "lena@zones.test", timezone: "Europe/Berlin" }, app.db);
    const newYork = await aUser({ email: "alex@zones.test", timezone: "America/New_York" }, app.db);
    const notice = request([berlin.id, newYork.id]);
    await app.createNotifications(notice);
    // Stored once, as the instant: the same row text for both.
    const stored = await app.db.notification.findMany({ select: { title: true, body: true } });
    expect(new Set(stored.map((row) => row.body))).toEqual(
      new Set(["Round 2 of Crown Cup & friends, starts at {{t:2026-12-04T17:00:00.000Z}}."]),
    );

    await app.driveInngest([app.sendEmailBatchFunction], await app.planEmailBatches(notice));

    const emailTo = (address: string) => resend.delivered.find((email) => email.to.includes(address));
    const lena = emailTo("lena@zones.test");
    const alex = emailTo("alex@zones.test");
    expect(lena?.subject).toBe("<Crimson> vs Azure — Fri, 4 Dec 2026, 18:00 CET");
    expect(alex?.subject).toBe("<Crimson> vs Azure — Fri, 4 Dec 2026, 12:00 GMT-5");
    expect(lena?.text).toContain("Round 2 of Crown Cup & friends, starts at Fri, 4 Dec 2026, 18:00 CET.");
    expect(alex?.text).toContain("Round 2 of Crown Cup & friends, starts at Fri, 4 Dec 2026, 12:00 GMT-5.");
    // The HTML part escapes the text around the rendered time, and no token is left anywhere.
    expect(lena?.html).toContain("Round 2 of Crown Cup &amp; friends, starts at Fri, 4 Dec 2026, 18:00 CET.");
    expect(lena?.html).toContain("&lt;Crimson&gt; vs Azure");
    expect(lena?.html).not.toContain("<Crimson>");
    for (const email of [lena, alex]) expect(JSON.stringify(email)).not.toContain("{{t:");
  });

  it("writes each recipient's digest in their zone, and an old row written in UTC text unchanged", async () => {
    const tokyo = await aUser({ email: "kenji@zones.test", timezone: "Asia/Tokyo" }, app.db);
    const batch = await app.db.emailBatch.create({ data: { size: 1 } });
    const digest = await app.db.notificationDigest.create({
      data: { userId: tokyo.id, digestDate: new Date("2026-12-05"), emailBatchId: batch.id },
    });
    const common = { userId: tokyo.id, type: "match_scheduled" as const, url: "/tournaments/crown-cup" };
    await app.db.notification.createMany({
      data: [
        { ...common, dedupKey: "a", digestId: digest.id, title: "New", body: `Starts at ${app.timeToken(START)}.` },
        { ...common, dedupKey: "b", digestId: digest.id, title: "Old", body: "Starts at Fri 4 Dec, 17:00 UTC." },
      ],
    });

    const [rendered] = await app.renderBatchEmails(batch.id);

    expect(rendered?.email?.text).toContain("Starts at Sat, 5 Dec 2026, 02:00 GMT+9.");
    expect(rendered?.email?.text).toContain("Starts at Fri 4 Dec, 17:00 UTC.");
  });

  it("shows each user's bell titles in their own zone", async () => {
    const berlin = await aUser({ timezone: "Europe/Berlin" }, app.db);
    const tokyo = await aUser({ timezone: "Asia/Tokyo" }, app.db);
    await app.createNotifications(request([berlin.id, tokyo.id]));

    const summaries = await app.loadBellSummaries([berlin.id, tokyo.id]);

    expect(summaries.get(berlin.id)?.latest.map((item) => item.title)).toEqual([
      "<Crimson> vs Azure — Fri, 4 Dec 2026, 18:00 CET",
    ]);
    expect(summaries.get(tokyo.id)?.latest.map((item) => item.title)).toEqual([
      "<Crimson> vs Azure — Sat, 5 Dec 2026, 02:00 GMT+9",
    ]);
  });
});
