// Discord's part of notifications end to end on the real database, against the Discord stand-in
// (Discord's rate limits, message rules and answers): notify claims one post per webhook, the
// post-to-discord function posts each claim at most once and settles the Discord deliveries.
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startDiscordStandIn, type TDiscordStandIn } from "@/test-support/discord-stand-in";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";

let discord: TDiscordStandIn;
let platformHook: string;
let teamHook: string;
let app: Awaited<ReturnType<typeof loadApp>>;

/** Fresh app modules, so lib/env.ts reads DISCORD_WEBHOOK_URL = the stand-in's platform webhook. */
async function loadApp() {
  vi.resetModules();
  vi.stubEnv("DISCORD_WEBHOOK_URL", platformHook);
  const [{ db }, { inngest }, notify, post, claim, send, failFast, create, stand, run] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/client"),
    import("@/inngest/functions/notify"),
    import("@/inngest/functions/post-to-discord"),
    import("./claim-discord-posts"),
    import("./send-discord-post"),
    import("@/inngest/fail-fast"),
    import("@/lib/notifications/notify/create-notifications"),
    import("@/test-support/inngest-stand-in"),
    import("@/test-support/run-inngest-function"),
  ]);
  return { db, inngest, ...notify, ...post, ...claim, ...send, ...failFast, ...create, ...stand, ...run };
}

const DEE = "300000000000000001"; // linked, chose Discord
const FAY = "300000000000000002"; // linked, did not choose Discord
let users: Record<"ava" | "dee" | "fay" | "gus", string>;
let teamId: string;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  platformHook = discord.createWebhook();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await discord.close();
});

beforeEach(async () => {
  const { db } = app;
  discord.reset();
  teamHook = discord.createWebhook();
  await db.$executeRaw`TRUNCATE "User", "Team", "OutboxEvent", "DiscordPost", "DiscordRateLimit" CASCADE`;
  const make = (name: string, discordUserId?: string) =>
    db.user.create({
      data: { name, email: `${name.toLowerCase()}@discord.test`, emailVerified: new Date(), discordUserId },
    });
  const [ava, dee, fay, gus] = await Promise.all([make("Ava"), make("Dee", DEE), make("Fay", FAY), make("Gus")]);
  users = { ava: ava.id, dee: dee.id, fay: fay.id, gus: gus.id };
  const discordToo = {
    match_result: ["in_app", "discord"],
    roster_changed: ["in_app", "discord"],
    announcement: ["in_app", "discord"],
  };
  await db.notificationPreference.createMany({
    data: [
      { userId: dee.id, channels: discordToo },
      { userId: gus.id, channels: discordToo },
    ],
  });
  teamId = (
    await db.team.create({
      data: { name: "Crimson", slug: "crimson", tag: "CRM", captainId: ava.id, discordWebhookUrl: teamHook },
    })
  ).id;
});

function request(overrides: Partial<TNotificationRequest> = {}): TNotificationRequest {
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

/** What notify does: in-app rows and deliveries, then the Discord claims (the events it would send). */
async function claim(overrides: Partial<TNotificationRequest> = {}) {
  await app.createNotifications(request(overrides));
  return app.claimDiscordPosts(request(overrides));
}

const post = (event: { id: string; name: string; data: Record<string, unknown> }) =>
  app.runInngestFunction(app.postToDiscordFunction, event);

/**
 * Runs notify with its email step answered by a stub (email is not under test here): with one real
 * branch, @inngest/test leaves no parallel step still running after it returns.
 */
async function runNotify(data: TNotificationRequest) {
  const engine = new InngestTestEngine({
    function: app.notifyFunction,
    events: [{ name: "notification/requested", data, ts: Date.now() }],
    steps: [{ id: "plan-email-batches", handler: () => [] }],
  });
  return (await engine.execute()) as unknown as { result?: unknown; error?: unknown };
}

const discordDeliveries = async () =>
  Object.fromEntries(
    (
      await app.db.delivery.findMany({
        where: { channel: "DISCORD" },
        select: { status: true, reason: true, notification: { select: { userId: true } } },
      })
    ).map((row) => [
      Object.entries(users).find(([, id]) => id === row.notification.userId)?.[0] ?? row.notification.userId,
      row.reason ? `${row.status}: ${row.reason}` : row.status,
    ]),
  );

const postRow = (webhookKey: string) =>
  app.db.discordPost.findFirstOrThrow({ where: { webhookKey }, orderBy: { createdAt: "desc" } });

describe("Discord posts for a notification", () => {
  it("notify claims one post per webhook — never one per recipient — and each is posted once, naming the webhook only by key", async () => {
    const { error } = await runNotify(request());
    expect(error).toBeUndefined();
    const requested = app.sentEvents().filter((event) => event.name === "discord/post.requested");
    const posts = await app.db.discordPost.findMany({ select: { id: true, webhookKey: true, status: true } });
    expect(requested.map((event) => event.data.webhookKey).sort()).toEqual(["platform", `team:${teamId}`]);
    expect(requested.map((event) => event.id).sort()).toEqual(posts.map((row) => `discord-post:${row.id}`).sort());
    // Webhook URLs hold a secret token: no event carries one.
    expect(JSON.stringify(app.sentEvents())).not.toContain("/api/webhooks/");
    expect(await discordDeliveries()).toEqual({ dee: "PENDING", gus: "SKIPPED: no Discord account linked" });

    for (const event of requested)
      expect((await post({ id: event.id ?? "", name: event.name, data: event.data })).error).toBeUndefined();
    expect(discord.messages(platformHook)).toHaveLength(1);
    expect(discord.messages(teamHook)).toHaveLength(1);
    expect(await discordDeliveries()).toEqual({ dee: "SENT", gus: "SKIPPED: no Discord account linked" });

    // A redelivered request claims nothing new, and a redelivered post event posts nothing.
    expect((await runNotify(request())).error).toBeUndefined();
    for (const event of requested) await post({ id: event.id ?? "", name: event.name, data: event.data });
    expect(await app.db.discordPost.count()).toBe(2);
    expect(discord.messages()).toHaveLength(2);
  });

  it("mentions only the recipients who chose Discord and linked an account, and lets nobody else be pinged", async () => {
    const [event] = await claim({ title: "@everyone free coins", body: "@here come now", teamId: null });
    if (!event) throw new Error("no post claimed");
    await post(event);
    const [message] = discord.messages();
    expect(message).toMatchObject({ content: `<@${DEE}>`, allowedMentions: { parse: [], users: [DEE] } });
    expect(JSON.stringify(message?.embeds)).not.toMatch(/@everyone|@here/);
    expect(message?.content).not.toContain(FAY);
  });

  it("posts a match time as Discord's timestamp markup, which every reader's client shows in their own zone", async () => {
    const [event] = await claim({
      title: "Crimson vs Azure — {{t:2026-12-04T17:00:00.000Z}}",
      body: "Round 2 of the Crown Cup, at {{t:2026-12-04T17:00:00.000Z}}.",
      teamId: null,
    });
    if (!event) throw new Error("no post claimed");
    await post(event);
    const [embed] = (discord.messages()[0]?.embeds ?? []) as { title?: string; description?: string }[];
    expect(embed?.description).toBe("Round 2 of the Crown Cup, at <t:1796403600:f>.");
    // Discord shows no markup in a title: there the time reads in UTC, zone named.
    expect(embed?.title).toContain("Crimson vs Azure — Fri, 4 Dec 2026, 17:00 UTC");
    expect(JSON.stringify(embed)).not.toContain("{{t:");
  });

  it("gives an announcement fanned out in chunks under one dedup key one post, and settles every chunk's deliveries", async () => {
    const chunk = (recipientIds: string[]) =>
      claim({ type: "announcement", recipientIds, dedupKey: "announcement:a1", teamId: null, postToPlatform: true });
    const first = await chunk([users.dee]);
    const second = await chunk([users.gus, users.fay]);
    expect(first).toHaveLength(1);
    expect(second).toEqual(first); // same post, same event id: Inngest runs it once
    const [event] = first;
    if (!event) throw new Error("no post claimed");
    await post(event);

    await app.db.user.update({ where: { id: users.ava }, data: { discordUserId: "300000000000000009" } });
    await app.db.notificationPreference.create({
      data: { userId: users.ava, channels: { announcement: ["in_app", "discord"] } },
    });
    expect(await chunk([users.ava])).toEqual([]); // a late chunk: the post already went out
    expect(discord.messages()).toHaveLength(1);
    expect(await discordDeliveries()).toEqual({
      dee: "SENT",
      gus: "SKIPPED: no Discord account linked",
      ava: expect.stringMatching(/^SENT: posted without mentioning you/),
    });
  });
});

describe("posting a claimed Discord post", () => {
  /** Posts straight to the webhook, as another app sharing it would, until Discord's bucket is empty. */
  async function exhaustBucket(webhookUrl: string) {
    for (let index = 0; index < 5; index++) {
      await fetch(`${webhookUrl}?wait=true`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ content: `other ${index}` }),
      });
    }
  }
  const teamOnly = (dedupKey: string) => claim({ type: "roster_changed", dedupKey });
  /** What the function's one step runs, and the error it hands to Inngest (null when it returned). */
  const attempt = (event: { data: Record<string, unknown> }) =>
    app
      .failFastOnBadInput(() => app.sendDiscordPost(String(event.data.postId)))
      .then(
        () => null,
        (error: unknown) => error,
      );

  it("on a 429 throws RetryAfterError with Discord's retry_after and puts the post back to PENDING; the retry posts it exactly once", async () => {
    const [event] = await teamOnly("team/roster.changed:1");
    if (!event) throw new Error("no post claimed");
    await exhaustBucket(teamHook);

    // The step's own body, to see the RetryAfterError Inngest receives (@inngest/test serializes it away).
    const thrown = await attempt(event);
    const answer = discord.answers.at(-1);
    expect(answer?.status).toBe(429);
    const retryAfterSeconds = (answer?.body as { retry_after: number }).retry_after;
    expect(thrown).toMatchObject({ name: "RetryAfterError", retryAfter: String(Math.ceil(retryAfterSeconds)) });
    expect((thrown as { cause?: { retryAfterMs?: number } }).cause?.retryAfterMs).toBe(
      Math.ceil(retryAfterSeconds * 1000),
    );
    expect(await postRow(`team:${teamId}`)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      reason: expect.stringMatching(/^retrying: .*rate limited \(429\)/),
    });
    expect(await discordDeliveries()).toMatchObject({ dee: "PENDING" });

    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000 + 50));
    expect((await post(event)).error).toBeUndefined();
    const ours = discord.messages(teamHook).filter((message) => !message.content.startsWith("other"));
    expect(ours).toHaveLength(1);
    expect(await postRow(`team:${teamId}`)).toMatchObject({
      status: "SENT",
      attempts: 2,
      reason: null,
      providerMessageId: ours[0]?.id,
    });
    expect(await discordDeliveries()).toMatchObject({ dee: "SENT" });
  });

  it("after an answer with X-RateLimit-Remaining: 0, the next post to that webhook waits X-RateLimit-Reset-After without calling Discord", async () => {
    const events = [];
    for (let index = 1; index <= 6; index++) events.push(...(await teamOnly(`team/roster.changed:${index}`)));
    for (const event of events.slice(0, 5)) expect((await post(event)).error).toBeUndefined();
    const emptied = discord.answers.at(-1);
    expect(emptied?.headers?.["x-ratelimit-remaining"]).toBe("0");
    const resetAfterMs = Number(emptied?.headers?.["x-ratelimit-reset-after"]) * 1000;

    const calls = discord.requests.length;
    const sixth = events[5];
    if (!sixth) throw new Error("no sixth post");
    const waited = await attempt(sixth);
    expect(waited).toMatchObject({ name: "RetryAfterError" });
    const waitMs = (waited as { cause?: { retryAfterMs?: number } }).cause?.retryAfterMs ?? 0;
    expect(waitMs).toBeGreaterThan(resetAfterMs - 1000);
    expect(waitMs).toBeLessThanOrEqual(resetAfterMs);
    expect((await post(sixth)).error).toMatchObject({ name: "RetryAfterError" });
    expect(discord.requests).toHaveLength(calls); // Discord was not called
    expect(await app.db.discordPost.findUniqueOrThrow({ where: { id: String(sixth.data.postId) } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });

    // Another webhook is not held up by this one's bucket.
    const [platform] = await claim({ dedupKey: "match/result.posted:m2", teamId: null });
    if (!platform) throw new Error("no platform post");
    expect((await post(platform)).error).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, resetAfterMs + 50));
    expect((await post(sixth)).error).toBeUndefined();
    expect(discord.messages(teamHook)).toHaveLength(6);
  });

  it("when recording a successful post fails, the retry does not post again: the post is SENT, unconfirmed, with a reason an admin can read", async () => {
    const [event] = await teamOnly("team/roster.changed:1");
    if (!event) throw new Error("no post claimed");
    // The commit of the outcome fails for real: PostgreSQL refuses the UPDATE that records SENT.
    await app.db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_discord_record() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'connection lost (test)'; END $$`,
    );
    await app.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_discord_record BEFORE UPDATE ON "DiscordPost" FOR EACH ROW WHEN (OLD.status = 'SENDING' AND NEW.status = 'SENT') EXECUTE FUNCTION refuse_discord_record()`,
    );
    try {
      const first = await post(event);
      expect(first.error).toBeTruthy();
      expect(discord.messages(teamHook)).toHaveLength(1);
      expect(await postRow(`team:${teamId}`)).toMatchObject({ status: "SENDING" });
    } finally {
      await app.db.$executeRawUnsafe(`DROP TRIGGER refuse_discord_record ON "DiscordPost"`);
      await app.db.$executeRawUnsafe(`DROP FUNCTION refuse_discord_record()`);
    }

    const retry = await post(event);
    expect(retry.error).toBeUndefined();
    expect(discord.requests).toHaveLength(1); // not posted again
    expect(await postRow(`team:${teamId}`)).toMatchObject({
      status: "SENT",
      providerMessageId: null,
      reason: expect.stringMatching(/^unconfirmed: .*not posted again/),
    });
    expect(await discordDeliveries()).toMatchObject({ dee: expect.stringMatching(/^SENT: unconfirmed/) });
  });

  it("records no answer within 5 s as sent, unconfirmed, and does not retry it (Discord may have posted it — here it did)", async () => {
    const [event] = await teamOnly("team/roster.changed:1");
    if (!event) throw new Error("no post claimed");
    discord.failNext({ kind: "timeout", delayMs: 6000 });
    const { result, error } = await post(event);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({
      status: "SENT",
      messageId: null,
      reason: expect.stringContaining("no answer within 5000 ms"),
    });
    expect(discord.messages(teamHook)).toHaveLength(1);
    expect((await post(event)).result).toMatchObject({ status: "SKIPPED" });
    expect(discord.requests).toHaveLength(1);
  }, 20_000);

  it("on a deleted team webhook (404) fails the post, marks the webhook broken and tells the captain in-app; it is not used again", async () => {
    const [event] = await teamOnly("team/roster.changed:1");
    if (!event) throw new Error("no post claimed");
    discord.deleteWebhook(teamHook);
    expect((await post(event)).error).toBeUndefined();

    expect(await postRow(`team:${teamId}`)).toMatchObject({
      status: "FAILED",
      reason: "the Discord webhook was deleted (HTTP 404)",
    });
    expect(await discordDeliveries()).toEqual({
      dee: "FAILED: the Discord webhook was deleted (HTTP 404)",
      gus: "SKIPPED: no Discord account linked",
    });
    expect((await app.db.team.findUniqueOrThrow({ where: { id: teamId } })).discordWebhookBrokenAt).not.toBeNull();
    expect(app.sentEvents()).toContainEqual(
      expect.objectContaining({
        name: "notification/requested",
        data: expect.objectContaining({
          type: "system",
          recipientIds: [users.ava],
          title: "Crimson's Discord webhook stopped working",
        }),
      }),
    );

    expect(await teamOnly("team/roster.changed:2")).toEqual([]);
    expect(discord.requests).toHaveLength(1);
  });

  it("on a 500 puts the post back for a retry; once retries run out, onFailure marks the post and its deliveries FAILED with the error", async () => {
    const [event] = await teamOnly("team/roster.changed:1");
    if (!event) throw new Error("no post claimed");
    discord.failNext({ kind: "500" });
    const { error } = await post(event);
    expect(error).toMatchObject({ message: expect.stringContaining("answered 500") });
    expect(await postRow(`team:${teamId}`)).toMatchObject({
      status: "PENDING",
      reason: expect.stringMatching(/^retrying: /),
    });

    await runOnFailure(event, "Discord webhook answered 500: 500: Internal Server Error (code 0)");
    const reason = "gave up: Discord webhook answered 500: 500: Internal Server Error (code 0)";
    expect(await postRow(`team:${teamId}`)).toMatchObject({ status: "FAILED", reason });
    expect(await discordDeliveries()).toEqual({ dee: `FAILED: ${reason}`, gus: "SKIPPED: no Discord account linked" });
    expect(discord.messages()).toHaveLength(0);
  });

  /** Inngest runs onFailure as a function of its own on `inngest/function.failed`; @inngest/test does not, so it is run here the same way. */
  async function runOnFailure(event: { id: string; name: string; data: Record<string, unknown> }, message: string) {
    const handler = (app.postToDiscordFunction as unknown as { onFailureFn: (ctx: never) => unknown }).onFailureFn;
    const failure = app.inngest.createFunction(
      { id: "post-to-discord-failure", triggers: [{ event: "inngest/function.failed" }] },
      handler as never,
    );
    const engine = new InngestTestEngine({
      function: failure,
      events: [
        {
          name: "inngest/function.failed",
          data: { function_id: "post-to-discord", event, error: { name: "Error", message } },
        },
      ],
      transformCtx: (ctx) => ({ ...mockCtx(ctx), error: new Error(message) }) as never,
    });
    const output = (await engine.execute()) as unknown as { error?: unknown };
    expect(output.error).toBeUndefined();
  }
});

describe("the post-to-discord function as Inngest registers it", () => {
  it("throttles per webhook within Discord's limits, bounds its retries and has an onFailure handler", async () => {
    const { DISCORD_POST_THROTTLE, DISCORD_POST_RETRIES } = await import("./discord-post-limits");
    const { DISCORD_REQUESTS_PER_WINDOW, DISCORD_REQUEST_WINDOW_MS, DISCORD_MESSAGES_PER_MINUTE } =
      await import("@/test-support/discord-stand-in");
    const getConfig = (
      app.postToDiscordFunction as unknown as {
        getConfig: (options: { baseUrl: URL; appPrefix: string }) => Record<string, unknown>[];
      }
    ).getConfig;
    const [config, failure] = getConfig.call(app.postToDiscordFunction, {
      baseUrl: new URL("http://localhost:3000/api/inngest"),
      appPrefix: app.inngest.id,
    });

    expect(config).toMatchObject({
      triggers: [{ event: "discord/post.requested" }],
      throttle: { key: "event.data.webhookKey", ...DISCORD_POST_THROTTLE },
    });
    expect((config?.steps as Record<string, { retries: unknown }>).step?.retries).toEqual({
      attempts: DISCORD_POST_RETRIES,
    });
    expect(DISCORD_POST_RETRIES).toBeLessThanOrEqual(20);
    expect(failure).toMatchObject({
      id: `${app.inngest.id}-post-to-discord-failure`,
      triggers: [expect.objectContaining({ event: "inngest/function.failed" })],
    });

    // Worst case, whichever way the server's GCRA counts the burst: starts at once, then one per period/limit.
    const { limit, burst } = DISCORD_POST_THROTTLE;
    const periodMs = Number.parseInt(DISCORD_POST_THROTTLE.period, 10) * 1000;
    const atOnce = limit + burst;
    const startsWithin = (windowMs: number) => atOnce + Math.floor(windowMs / (periodMs / limit));
    expect(startsWithin(DISCORD_REQUEST_WINDOW_MS)).toBeLessThanOrEqual(DISCORD_REQUESTS_PER_WINDOW);
    expect(startsWithin(60_000)).toBeLessThanOrEqual(DISCORD_MESSAGES_PER_MINUTE);
  });
});
