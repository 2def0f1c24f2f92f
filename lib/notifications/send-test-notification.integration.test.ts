// "Send me a test notification" on the real database: the notify pipeline's steps run in process and
// the answer says what happened on each channel. Without RESEND_API_KEY mail lands in CapturedEmail;
// with it, a local Resend stand-in plays the outside service (and can fail).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startResendStandIn, type TResendStandIn } from "@/test-support/resend-stand-in";
import { aPreference, aUser } from "@/test-support/factories";

type TApp = Awaited<ReturnType<typeof loadApp>>;

/** Fresh app modules, so lib/env.ts reads the environment stubbed for this block (the Prisma client is a global singleton and stays). */
async function loadApp(env: { RESEND_API_KEY: string; RESEND_BASE_URL?: string }) {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", env.RESEND_API_KEY);
  vi.stubEnv("RESEND_BASE_URL", env.RESEND_BASE_URL ?? "");
  vi.stubEnv("DISCORD_WEBHOOK_URL", "");
  const [{ db }, test] = await Promise.all([import("@/lib/db"), import("./send-test-notification")]);
  return { db, ...test };
}

async function aTester(
  app: TApp,
  preference?: { optOutEmail?: boolean; optOutInApp?: boolean; channels?: Record<string, string[]> },
  data: { discordUserId?: string } = {},
) {
  const user = await aUser({ discordUserId: data.discordUserId }, app.db);
  if (preference) await aPreference(user.id, preference, app.db);
  return user;
}

/** Account notices emailed at once (by default they go in the daily digest). */
const INSTANT = { channels: { system: ["in_app", "email"] } };

const outcome = (result: { channels: { channel: string; status: string; detail: string }[] }) =>
  Object.fromEntries(result.channels.map((entry) => [entry.channel, entry.status]));

async function deliveriesOf(app: TApp, notificationId: string) {
  const rows = await app.db.delivery.findMany({
    where: { notificationId },
    select: { channel: true, status: true, reason: true },
  });
  return Object.fromEntries(rows.map((row) => [row.channel, row.reason ? `${row.status}: ${row.reason}` : row.status]));
}

describe("sendTestNotification without an email provider (mail captured)", () => {
  let app: TApp;
  beforeAll(async () => {
    app = await loadApp({ RESEND_API_KEY: "" });
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("gives a user with default settings an in-app notification and says its email goes in the daily digest", async () => {
    const user = await aTester(app);
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "delivered", email: "off", discord: "off" });
    expect(result.channels.find((entry) => entry.channel === "email")?.detail).toBe(
      "Not emailed on its own: account and system notices go in your daily digest at 08:00.",
    );
    expect(await deliveriesOf(app, result.notificationId)).toEqual({});
    expect(await app.db.capturedEmail.count({ where: { to: user.email ?? "" } })).toBe(0);
  });

  it("gives a user with instant email an in-app notification and a captured email", async () => {
    const user = await aTester(app, INSTANT);
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "delivered", email: "delivered", discord: "off" });
    const notification = await app.db.notification.findUniqueOrThrow({ where: { id: result.notificationId } });
    expect(notification).toMatchObject({
      userId: user.id,
      type: "system",
      title: "Test notification",
      archivedAt: null,
      readAt: null,
    });
    expect(notification.dedupKey).toMatch(new RegExp(`^test:${user.id}:\\d+$`));
    expect(notification.body).toContain("it should reach you in the app and by email");
    expect(await deliveriesOf(app, notification.id)).toEqual({ EMAIL: "SENT" });

    const mails = await app.db.capturedEmail.findMany({ where: { to: user.email ?? "" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Test notification");
    expect(result.channels.find((entry) => entry.channel === "email")?.detail).toContain(`Captured for ${user.email}`);
  });

  it("gives a user who turned off all email the in-app notification and skips the email with the reason", async () => {
    const user = await aTester(app, { ...INSTANT, optOutEmail: true });
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "delivered", email: "skipped", discord: "off" });
    expect(result.channels.find((entry) => entry.channel === "email")?.detail).toBe("You turned off all email.");
    expect(await deliveriesOf(app, result.notificationId)).toEqual({ EMAIL: "SKIPPED: you turned off all email" });
    expect(await app.db.notification.count({ where: { userId: user.id, archivedAt: null } })).toBe(1);
    expect(await app.db.capturedEmail.count({ where: { to: user.email ?? "" } })).toBe(0);
    const notification = await app.db.notification.findUniqueOrThrow({ where: { id: result.notificationId } });
    expect(notification.body).toContain("Email is skipped: you turned off all email.");
  });

  it("records but hides the notification for a user who turned off in-app, and explains why Discord is not posted", async () => {
    const user = await aTester(
      app,
      { optOutInApp: true, channels: { system: ["in_app", "discord"] } },
      { discordUserId: "300000000000000001" },
    );
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "skipped", email: "off", discord: "skipped" });
    expect(result.channels.find((entry) => entry.channel === "discord")?.detail).toContain(
      "a test is never posted to a shared channel",
    );
    const notification = await app.db.notification.findUniqueOrThrow({ where: { id: result.notificationId } });
    expect(notification.archivedAt).not.toBeNull();
    expect(await deliveriesOf(app, notification.id)).toEqual({
      DISCORD: "SKIPPED: no Discord channel carries this notification",
    });
  });

  it("refuses a second test within 30 seconds and allows one after", async () => {
    const user = await aTester(app, INSTANT);
    const start = new Date();
    await app.sendTestNotification(user.id, start);
    await expect(app.sendTestNotification(user.id, new Date(start.getTime() + 5_000))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Try again in"),
    });
    await app.sendTestNotification(user.id, new Date(start.getTime() + app.TEST_NOTIFICATION_COOLDOWN_MS + 1_000));
    expect(await app.db.notification.count({ where: { userId: user.id } })).toBe(2);
    expect(await app.db.capturedEmail.count({ where: { to: user.email ?? "" } })).toBe(2);
  });

  it("rejects an unknown user", async () => {
    await expect(app.sendTestNotification("no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("sendTestNotification with Resend", () => {
  let app: TApp;
  let resend: TResendStandIn;
  beforeAll(async () => {
    resend = await startResendStandIn();
    app = await loadApp({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url });
  });
  afterAll(async () => {
    await resend.close();
    vi.unstubAllEnvs();
  });
  beforeEach(() => resend.reset());

  it("sends the email through the provider", async () => {
    const user = await aTester(app, INSTANT);
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "delivered", email: "delivered", discord: "off" });
    expect(result.channels.find((entry) => entry.channel === "email")?.detail).toBe(`Sent to ${user.email}.`);
    expect(resend.delivered.map((mail) => mail.to)).toEqual([[user.email]]);
  });

  it("reports a temporary email failure instead of throwing, and closes the delivery as FAILED", async () => {
    resend.failNext({ status: 503, body: { statusCode: 503, name: "application_error", message: "busy" } });
    const user = await aTester(app, INSTANT);
    const result = await app.sendTestNotification(user.id);

    expect(outcome(result)).toEqual({ in_app: "delivered", email: "failed", discord: "off" });
    expect(result.channels.find((entry) => entry.channel === "email")?.detail).toContain(
      "Temporary error, not retried for a test",
    );
    expect(await deliveriesOf(app, result.notificationId)).toEqual({
      EMAIL: expect.stringMatching(/^FAILED: temporary error, not retried for a test: /),
    });
    expect(await app.db.notification.count({ where: { userId: user.id, archivedAt: null } })).toBe(1);
    expect(
      await app.db.emailBatch.findMany({
        where: { deliveries: { some: { notificationId: result.notificationId } } },
        select: { status: true },
      }),
    ).toEqual([{ status: "FAILED" }]);
  });
});
