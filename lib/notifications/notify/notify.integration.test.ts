// The notify pipeline end to end on the real database, with local stand-ins for Resend and Discord.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startDiscordStandIn, type TDiscordStandIn } from "@/test-support/discord-stand-in";
import { startResendStandIn, type TResendStandIn } from "@/test-support/resend-stand-in";
import type { TNotificationRequest } from "./notification-request";

let resend: TResendStandIn;
let discord: TDiscordStandIn;
let app: Awaited<ReturnType<typeof loadApp>>;

let platformHook: string;
let teamHook: string;
const DEE_DISCORD = "200000000000000001";

async function loadApp() {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  vi.stubEnv("DISCORD_WEBHOOK_URL", platformHook);
  const [{ db }, notify, create, email, post, claim, run, drive] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions/notify"),
    import("./create-notifications"),
    import("@/inngest/functions/send-email-batch"),
    import("@/inngest/functions/post-to-discord"),
    import("@/lib/notifications/discord/claim-discord-posts"),
    import("@/test-support/run-inngest-function"),
    import("@/test-support/drive-inngest"),
  ]);
  return { db, ...notify, ...create, ...email, ...post, ...claim, ...run, ...drive };
}

type TUsers = Record<"ava" | "ben" | "cy" | "dee" | "eve", string>;
let users: TUsers;
let teamId: string;

beforeAll(async () => {
  resend = await startResendStandIn();
  discord = await startDiscordStandIn();
  platformHook = discord.createWebhook();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([resend.close(), discord.close()]);
});

beforeEach(async () => {
  const { db } = app;
  resend.reset();
  resend.configure({ requestsPerSecond: 2 });
  discord.reset();
  teamHook = discord.createWebhook();
  await db.$executeRaw`TRUNCATE "User", "Team", "OutboxEvent", "DiscordPost", "DiscordRateLimit", "CapturedEmail" CASCADE`;
  const make = (name: string, data: { verified?: boolean; discordUserId?: string } = {}) =>
    db.user.create({
      data: {
        name,
        email: `${name.toLowerCase()}@notify.test`,
        emailVerified: data.verified === false ? null : new Date(),
        discordUserId: data.discordUserId,
      },
    });
  const [ava, ben, cy, dee, eve] = await Promise.all([
    make("Ava"),
    make("Ben"),
    make("Cy", { verified: false }),
    make("Dee", { discordUserId: DEE_DISCORD }),
    make("Eve"),
  ]);
  if (!ava || !ben || !cy || !dee || !eve) throw new Error("users");
  users = { ava: ava.id, ben: ben.id, cy: cy.id, dee: dee.id, eve: eve.id };
  await db.notificationPreference.createMany({
    data: [
      { userId: ben.id, optOutEmail: true },
      { userId: dee.id, channels: { match_result: ["in_app", "discord"] } },
      { userId: eve.id, channels: { match_result: ["email"] } },
    ],
  });
  teamId = (
    await db.team.create({
      data: { name: "Crimson", slug: "crimson", tag: "CRM", captainId: ava.id, discordWebhookUrl: teamHook },
    })
  ).id;
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

/** Inngest's part: notify on the request, then the email batches and Discord posts it hands on. */
function deliver(...requests: TNotificationRequest[]) {
  const events = requests.map((data) => ({ name: "notification/requested", data }));
  return app.driveInngest([app.notifyFunction, app.sendEmailBatchFunction, app.postToDiscordFunction], events);
}

/** What Inngest does with notify's `discord/post.requested` events: runs post-to-discord for each claimed post. */
async function postClaimedDiscordPosts() {
  for (const post of await app.db.discordPost.findMany({
    where: { status: "PENDING" },
    select: { id: true, webhookKey: true },
  })) {
    await app.runInngestFunction(app.postToDiscordFunction, {
      id: `discord-post:${post.id}`,
      name: "discord/post.requested",
      data: { postId: post.id, webhookKey: post.webhookKey },
    });
  }
}

const deliveriesOf = async (channel: "EMAIL" | "DISCORD") =>
  Object.fromEntries(
    (
      await app.db.delivery.findMany({
        where: { channel },
        select: { status: true, reason: true, notification: { select: { userId: true } } },
      })
    ).map((row) => [
      Object.entries(users).find(([, id]) => id === row.notification.userId)?.[0],
      row.reason ? `${row.status}: ${row.reason}` : row.status,
    ]),
  );

describe("notify", () => {
  it("notifies each recipient on the channels they chose and records why a channel was skipped", async () => {
    const { runs } = await deliver(matchResult());
    expect(runs.map((run) => `${run.fn} ${run.status}`).sort()).toEqual([
      "notify completed",
      "post-to-discord completed",
      "post-to-discord completed",
      "send-email-batch completed",
    ]);
    expect(runs[0]?.result).toMatchObject({ inApp: { recipients: 5, created: 5 }, emailBatches: 1, discordPosts: 2 });

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

    // One provider call for both emails, under the batch's idempotency key.
    expect(resend.requests).toHaveLength(1);
    expect(resend.requests[0]).toMatchObject({
      path: "/emails/batch",
      headers: expect.objectContaining({ "idempotency-key": expect.stringMatching(/^email-batch-/) }),
    });
    expect(resend.delivered.flatMap((mail) => mail.to).sort()).toEqual(["ava@notify.test", "eve@notify.test"]);
    for (const mail of resend.delivered) {
      expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(mail.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=v1\./);
    }

    // One post per webhook, not one per recipient; only Dee (chose Discord, linked) is mentioned.
    expect(discord.messages(platformHook)).toHaveLength(1);
    expect(discord.messages(teamHook)).toHaveLength(1);
    for (const message of discord.messages()) {
      expect(message).toMatchObject({
        content: `<@${DEE_DISCORD}>`,
        allowedMentions: { parse: [], users: [DEE_DISCORD] },
        embeds: [{ description: "Crimson won round 2 of the Crown Cup." }],
      });
    }
  });

  it("notifies nobody twice when the same request is delivered again", async () => {
    await deliver(matchResult());
    const again = await deliver(matchResult());
    expect(again.runs.map((run) => run.fn)).toEqual(["notify"]);
    expect(again.runs[0]?.result).toMatchObject({ inApp: { created: 0 }, emailBatches: 0, discordPosts: 0 });
    expect(await app.db.notification.count()).toBe(5);
    expect(resend.delivered).toHaveLength(2);
    expect(discord.messages()).toHaveLength(2);
  });

  it("keeps in-app and Discord working while email is failing, and records the email as FAILED once it gives up", async () => {
    resend.configure({ requestsPerSecond: 1_000 });
    for (let attempt = 0; attempt <= app.EMAIL_BATCH_RETRIES; attempt++)
      resend.failNext({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "down" } });
    const { runs } = await deliver(matchResult());
    expect(runs.map((run) => `${run.fn} ${run.status}`).sort()).toEqual([
      "notify completed",
      "post-to-discord completed",
      "post-to-discord completed",
      "send-email-batch failed",
      "send-email-batch-failure completed",
    ]);
    expect(await app.db.notification.count()).toBe(5);
    expect(discord.messages()).toHaveLength(2);
    expect(await deliveriesOf("DISCORD")).toEqual({ dee: "SENT" });
    expect((await deliveriesOf("EMAIL")).ava).toMatch(/^FAILED: gave up: A batch of 2 emails failed: down/);
  });

  it("marks what notify never handed on FAILED when notify itself gives up", async () => {
    await app.createNotifications(matchResult());
    const { failUndeliveredNotifications } = await import("./fail-undelivered-notifications");
    expect(await failUndeliveredNotifications(matchResult(), "database unreachable")).toEqual({ failed: 2 });
    expect(await deliveriesOf("EMAIL")).toMatchObject({
      ava: "FAILED: gave up: database unreachable",
      eve: "FAILED: gave up: database unreachable",
    });
  });

  it("escapes HTML in user text in the email", async () => {
    await deliver(
      matchResult({
        recipientIds: [users.ava],
        title: "<script>alert(1)</script> won",
        body: "<b>bold</b> & <img src=x onerror=alert(1)>",
      }),
    );
    const [mail] = resend.delivered;
    if (!mail?.html || !mail.text) throw new Error("no email delivered");
    expect(mail.html).not.toContain("<script>alert(1)</script>");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; won");
    expect(mail.text).toContain("<b>bold</b>"); // plain text shows it as typed
  });

  // Rate limits, timeouts, deleted webhooks and give-ups: lib/notifications/discord/post-to-discord.integration.test.ts.
  it("pings no one with @everyone in a title", async () => {
    await app.createNotifications(matchResult({ title: "@everyone free coins", body: "@here come now" }));
    await app.claimDiscordPosts(matchResult({ title: "@everyone free coins", body: "@here come now" }));
    await postClaimedDiscordPosts();
    expect(discord.messages()).toHaveLength(2);
    for (const message of discord.messages()) {
      const embeds = message.embeds as { title: string }[];
      expect(message.allowedMentions).toEqual({ parse: [], users: [DEE_DISCORD] });
      expect(message.content).not.toContain("@everyone");
      expect(embeds[0]?.title).not.toMatch(/@everyone/);
    }
  });

  it("writes in-app rows for more recipients than one INSERT can carry", async () => {
    await app.db
      .$executeRaw`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") SELECT 'bulk-' || i, 'Bulk ' || i, 'bulk' || i || '@notify.test', now(), now() FROM generate_series(1, 7000) i`;
    const ids = Array.from({ length: 7000 }, (_, index) => `bulk-${index + 1}`);
    const result = await app.createNotifications(
      matchResult({ type: "payout_received", recipientIds: ids, dedupKey: "announcement:big", teamId: null }),
    );
    expect(result).toMatchObject({ recipients: 7000, created: 7000, emailPending: 7000 });
    expect(await app.db.notification.count({ where: { dedupKey: "announcement:big" } })).toBe(7000);
  }, 60_000);
});
