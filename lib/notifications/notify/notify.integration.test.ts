// The notify pipeline end to end on the real database, with local stand-ins for Resend and Discord.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startHttpStandIn, type THttpStandIn } from "@/lib/testing/http-stand-in";
import type { TNotificationRequest } from "./notification-request";

let resend: THttpStandIn;
let discord: THttpStandIn;
let app: Awaited<ReturnType<typeof loadApp>>;

const PLATFORM_HOOK = "/api/webhooks/100000000000000001/platform-token";
const TEAM_HOOK = "/api/webhooks/100000000000000002/team-token";
const DEE_DISCORD = "200000000000000001";

async function loadApp() {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  vi.stubEnv("DISCORD_WEBHOOK_URL", `${discord.url}${PLATFORM_HOOK}`);
  const [{ db }, notify, create, email, post, stand, run] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions/notify"),
    import("./create-notifications"),
    import("./send-email-batch"),
    import("./post-to-discord"),
    import("@/lib/testing/inngest-stand-in"),
    import("@/lib/testing/run-inngest-function"),
  ]);
  return { db, ...notify, ...create, ...email, ...post, ...stand, ...run };
}

type TUsers = Record<"ava" | "ben" | "cy" | "dee" | "eve", string>;
let users: TUsers;
let teamId: string;

beforeAll(async () => {
  resend = await startHttpStandIn();
  discord = await startHttpStandIn();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([resend.close(), discord.close()]);
});

beforeEach(async () => {
  const { db } = app;
  resend.reset();
  discord.reset();
  resend.setDefault((request) => ({ status: 200, body: { id: `resend-${resend.requests.length}-${(request.json as { to: string }).to}` } }));
  discord.setDefault((request) => ({ status: 200, body: { id: `msg-${request.path.includes("platform") ? "platform" : "team"}` } }));
  await db.$executeRaw`TRUNCATE "User", "Team", "OutboxEvent", "DiscordPost", "CapturedEmail" CASCADE`;
  const make = (name: string, data: { verified?: boolean; discordUserId?: string } = {}) =>
    db.user.create({ data: { name, email: `${name.toLowerCase()}@notify.test`, emailVerified: data.verified === false ? null : new Date(), discordUserId: data.discordUserId } });
  const [ava, ben, cy, dee, eve] = await Promise.all([make("Ava"), make("Ben"), make("Cy", { verified: false }), make("Dee", { discordUserId: DEE_DISCORD }), make("Eve")]);
  if (!ava || !ben || !cy || !dee || !eve) throw new Error("users");
  users = { ava: ava.id, ben: ben.id, cy: cy.id, dee: dee.id, eve: eve.id };
  await db.notificationPreference.createMany({
    data: [
      { userId: ben.id, optOutEmail: true },
      { userId: dee.id, channels: { match_result: ["in_app", "discord"] } },
      { userId: eve.id, channels: { match_result: ["email"] } },
    ],
  });
  teamId = (await db.team.create({ data: { name: "Crimson", slug: "crimson", tag: "CRM", captainId: ava.id, discordWebhookUrl: `${discord.url}${TEAM_HOOK}` } })).id;
});

function matchResult(overrides: Partial<TNotificationRequest> = {}): TNotificationRequest {
  return {
    type: "match_result",
    recipientIds: Object.values(users),
    title: "Crimson 13–7 Azure",
    body: "Crimson won round 2 of the Crown Cup.",
    url: "/tournaments/crown-cup",
    dedupKey: "match/result.posted:m1",
    teamId,
    data: null,
    ...overrides,
  };
}

const deliveriesOf = async (channel: "EMAIL" | "DISCORD") =>
  Object.fromEntries(
    (await app.db.delivery.findMany({ where: { channel }, select: { status: true, reason: true, notification: { select: { userId: true } } } })).map((row) => [
      Object.entries(users).find(([, id]) => id === row.notification.userId)?.[0],
      row.reason ? `${row.status}: ${row.reason}` : row.status,
    ]),
  );

describe("notify", () => {
  it("notifies each recipient on the channels they chose and records why a channel was skipped", async () => {
    const { result, error } = await app.runInngestFunction(app.notifyFunction, { name: "notification/requested", data: matchResult() });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ inApp: { recipients: 5, created: 5 }, email: { sent: 2, failed: 0 }, discord: { deliveries: "SENT", mentioned: 1 } });

    const rows = await app.db.notification.findMany({ select: { userId: true, archivedAt: true, title: true } });
    expect(rows).toHaveLength(5);
    expect(rows.filter((row) => row.archivedAt !== null).map((row) => row.userId)).toEqual([users.eve]); // Eve turned in-app off for results

    expect(await deliveriesOf("EMAIL")).toEqual({
      ava: "SENT",
      ben: "SKIPPED: you turned off all email",
      cy: "SKIPPED: no verified email address",
      eve: "SENT",
    });
    expect(await deliveriesOf("DISCORD")).toEqual({ dee: "SENT" });

    const emails = resend.requests.map((request) => request.json as { to: string; html: string; headers: Record<string, string> });
    expect(emails.map((mail) => mail.to).sort()).toEqual(["ava@notify.test", "eve@notify.test"]);
    for (const [index, mail] of emails.entries()) {
      expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(mail.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=v1\./);
      expect(resend.requests[index]?.headers["idempotency-key"]).toMatch(/^delivery-/);
    }

    // One post per webhook, not one per recipient; only Dee (chose Discord, linked) is mentioned.
    expect(discord.requests.map((request) => request.path.split("?")[0]).sort()).toEqual([PLATFORM_HOOK, TEAM_HOOK]);
    for (const request of discord.requests) {
      expect(request.json).toMatchObject({ content: `<@${DEE_DISCORD}>`, allowed_mentions: { parse: [], users: [DEE_DISCORD] }, embeds: [{ description: "Crimson won round 2 of the Crown Cup." }] });
    }
  });

  it("notifies nobody twice when the same request is delivered again", async () => {
    await app.runInngestFunction(app.notifyFunction, { name: "notification/requested", data: matchResult() });
    const again = await app.runInngestFunction(app.notifyFunction, { name: "notification/requested", data: matchResult() });
    expect(again.result).toMatchObject({ inApp: { created: 0 }, email: { sent: 0 } });
    expect(await app.db.notification.count()).toBe(5);
    expect(resend.requests).toHaveLength(2);
    expect(discord.requests).toHaveLength(2);
  });

  it("keeps in-app and Discord working while email is failing", async () => {
    resend.setDefault({ status: 500, body: { statusCode: 500, name: "application_error", message: "down" } });
    const { error } = await app.runInngestFunction(app.notifyFunction, { name: "notification/requested", data: matchResult() });
    expect(error).toBeTruthy(); // the email step throws so Inngest retries it
    expect(await app.db.notification.count()).toBe(5);
    // The Discord step runs beside the email steps (parallel steps): it finishes on its own.
    await vi.waitFor(() => expect(discord.requests).toHaveLength(2), { timeout: 5_000 });
    await vi.waitFor(async () => expect(await deliveriesOf("DISCORD")).toEqual({ dee: "SENT" }), { timeout: 5_000 });
    expect((await deliveriesOf("EMAIL")).ava).toMatch(/^PENDING: retrying: /);
  });

  it("retries a transient email failure until it is sent exactly once, with the same idempotency key", async () => {
    await app.createNotifications(matchResult({ recipientIds: [users.ava] }));
    resend.enqueue({ status: 503, body: { statusCode: 503, name: "application_error", message: "busy" } });
    await expect(app.sendEmailBatch("match/result.posted:m1", Object.values(users))).rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(await app.sendEmailBatch("match/result.posted:m1", Object.values(users))).toMatchObject({ sent: 1, remaining: 0 });
    expect(await app.sendEmailBatch("match/result.posted:m1", Object.values(users))).toMatchObject({ sent: 0, remaining: 0 });

    expect(resend.requests).toHaveLength(2);
    expect(resend.requests[0]?.headers["idempotency-key"]).toBe(resend.requests[1]?.headers["idempotency-key"]);
    const delivery = await app.db.delivery.findFirstOrThrow({ where: { channel: "EMAIL" } });
    expect(delivery).toMatchObject({ status: "SENT", attempts: 2, providerMessageId: expect.stringMatching(/^resend-/) });
  });

  it("records a rejected address as FAILED with the reason and does not retry it", async () => {
    await app.createNotifications(matchResult({ recipientIds: [users.ava] }));
    resend.setDefault({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } });
    expect(await app.sendEmailBatch("match/result.posted:m1", Object.values(users))).toMatchObject({ sent: 0, failed: 1, remaining: 0 });
    expect(await deliveriesOf("EMAIL")).toEqual({ ava: "FAILED: Email to ava@notify.test failed: Invalid `to` field." });
    expect(resend.requests).toHaveLength(1);
  });

  it("gives up on an email after its last attempt and records why", async () => {
    await app.createNotifications(matchResult({ recipientIds: [users.ava] }));
    resend.setDefault({ status: 500, body: { statusCode: 500, name: "application_error", message: "down" } });
    for (let attempt = 1; attempt < app.EMAIL_MAX_ATTEMPTS; attempt++) await expect(app.sendEmailBatch("match/result.posted:m1", Object.values(users))).rejects.toThrow();
    expect(await app.sendEmailBatch("match/result.posted:m1", Object.values(users))).toMatchObject({ failed: 1, remaining: 0 });
    expect((await deliveriesOf("EMAIL")).ava).toBe(`FAILED: gave up after ${app.EMAIL_MAX_ATTEMPTS} attempts: Email to ava@notify.test failed: down`);
  });

  it("escapes HTML in user text in the email", async () => {
    await app.createNotifications(matchResult({ recipientIds: [users.ava], title: "<script>alert(1)</script> won", body: "<b>bold</b> & <img src=x onerror=alert(1)>" }));
    await app.sendEmailBatch("match/result.posted:m1", Object.values(users));
    const mail = resend.requests[0]?.json as { html: string; text: string };
    expect(mail.html).not.toContain("<script>alert(1)</script>");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; won");
    expect(mail.text).toContain("<b>bold</b>"); // plain text shows it as typed
  });

  it("pings no one with @everyone in a title", async () => {
    await app.createNotifications(matchResult({ title: "@everyone free coins", body: "@here come now" }));
    await app.postNotificationToDiscord(matchResult({ title: "@everyone free coins", body: "@here come now" }));
    for (const request of discord.requests) {
      const payload = request.json as { content: string; allowed_mentions: { parse: string[]; users: string[] }; embeds: { title: string }[] };
      expect(payload.allowed_mentions).toEqual({ parse: [], users: [DEE_DISCORD] });
      expect(payload.content).not.toContain("@everyone");
      expect(payload.embeds[0]?.title).not.toMatch(/@everyone/);
    }
  });

  it("waits out a Discord rate limit and posts once", async () => {
    await app.createNotifications(matchResult());
    discord.enqueue({ status: 429, body: { message: "You are being rate limited.", retry_after: 0.2, global: false } });
    const result = await app.postNotificationToDiscord(matchResult());
    expect(result.posts.map((post) => post.status)).toEqual(["SENT", "SENT"]);
    expect(discord.requests).toHaveLength(3);
    expect(await app.db.discordPost.count({ where: { status: "SENT" } })).toBe(2);
  });

  it("retries a Discord post that timed out, and posts it once", async () => {
    await app.createNotifications(matchResult({ teamId: null }));
    discord.enqueue({ status: 200, delayMs: 6_000, body: { id: "late" } });
    await expect(app.postNotificationToDiscord(matchResult({ teamId: null }))).rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(await deliveriesOf("DISCORD")).toEqual({ dee: "PENDING" });
    await app.postNotificationToDiscord(matchResult({ teamId: null }));
    await app.postNotificationToDiscord(matchResult({ teamId: null }));
    expect(await app.db.discordPost.findMany({ select: { status: true, attempts: true } })).toEqual([{ status: "SENT", attempts: 2 }]);
    expect(await deliveriesOf("DISCORD")).toEqual({ dee: "SENT" });
  }, 20_000);

  it("marks a deleted team webhook broken and tells the captain in-app", async () => {
    const request = matchResult({ type: "roster_changed", dedupKey: "team/roster.changed:1" });
    await app.db.notificationPreference.update({ where: { userId: users.dee }, data: { channels: { roster_changed: ["in_app", "discord"] } } });
    await app.createNotifications(request);
    discord.setDefault({ status: 404, body: { message: "Unknown Webhook", code: 10015 } });

    const result = await app.postNotificationToDiscord(request);

    expect(result.posts).toEqual([{ kind: "TEAM", status: "GONE", messageId: null }]);
    expect((await app.db.team.findUniqueOrThrow({ where: { id: teamId } })).discordWebhookBrokenAt).not.toBeNull();
    expect(await deliveriesOf("DISCORD")).toEqual({ dee: "FAILED: the Discord webhook was deleted" });
    expect(app.sentEvents()).toContainEqual(
      expect.objectContaining({ name: "notification/requested", data: expect.objectContaining({ type: "system", recipientIds: [users.ava], title: "Crimson's Discord webhook stopped working" }) }),
    );
    // The broken webhook is not used again.
    discord.reset();
    await app.postNotificationToDiscord({ ...request, dedupKey: "team/roster.changed:2" });
    expect(discord.requests).toHaveLength(0);
  });

  it("writes in-app rows for more recipients than one INSERT can carry", async () => {
    await app.db.$executeRaw`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") SELECT 'bulk-' || i, 'Bulk ' || i, 'bulk' || i || '@notify.test', now(), now() FROM generate_series(1, 7000) i`;
    const ids = Array.from({ length: 7000 }, (_, index) => `bulk-${index + 1}`);
    const result = await app.createNotifications(matchResult({ type: "announcement", recipientIds: ids, dedupKey: "announcement:big", teamId: null }));
    expect(result).toMatchObject({ recipients: 7000, created: 7000, emailPending: 7000 });
    expect(await app.db.notification.count({ where: { dedupKey: "announcement:big" } })).toBe(7000);
  }, 60_000);
});
