// One webhook POST against the Discord stand-in (Discord's limits and answers): every outcome says
// whether the message can have been posted, nothing sleeps, and no outcome ever carries the token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startDiscordStandIn, type TDiscordStandIn } from "@/test-support/discord-stand-in";
import { startHttpStandIn } from "@/test-support/http-stand-in";
import { buildDiscordEmbed } from "./build-embed";
import { buildWebhookPayload, type TDiscordWebhookPayload } from "./build-webhook-payload";
import { postDiscordWebhook, type TPostWebhookOutcome } from "./post-webhook";

let discord: TDiscordStandIn;
let webhookUrl: string;
let token: string;

const payload = buildWebhookPayload({
  embed: buildDiscordEmbed({
    type: "match_result",
    title: "@everyone Crimson Kings won",
    body: "3–1",
    url: "/tournaments/spring-cup",
    timestamp: new Date("2026-03-02T19:40:00Z"),
    appUrl: "https://deltacrown.gg",
  }),
  mentionDiscordUserIds: ["123456789012345678"],
});

beforeAll(async () => {
  discord = await startDiscordStandIn();
});
afterAll(() => discord.close());
beforeEach(() => {
  discord.reset();
  webhookUrl = discord.createWebhook();
  token = webhookUrl.split("/").at(-1) ?? "";
});

/** Secrets are never in an outcome that could be logged or stored. */
function expectNoSecret(outcome: TPostWebhookOutcome) {
  expect(JSON.stringify(outcome)).not.toContain(token);
}

describe("posting to a Discord webhook", () => {
  it("posts the payload once with wait=true and returns Discord's message id and rate-limit headers", async () => {
    const outcome = await postDiscordWebhook(webhookUrl, payload);
    const [message] = discord.messages();
    expect(outcome).toEqual({
      kind: "sent",
      messageId: message?.id,
      rateLimit: { remaining: 4, resetAfterMs: expect.any(Number) },
    });
    expect(discord.requests).toHaveLength(1);
    expect(discord.requests[0]?.path).toMatch(/\?wait=true$/);
    expect(discord.requests[0]?.json).toEqual(payload);
    expect(message).toMatchObject({
      content: "<@123456789012345678>",
      allowedMentions: { parse: [], users: ["123456789012345678"] },
    });
  });

  it("keeps a thread_id already in the webhook URL", async () => {
    await postDiscordWebhook(`${webhookUrl}?thread_id=77`, payload);
    expect(discord.requests[0]?.path).toMatch(/\?thread_id=77&wait=true$/);
  });

  it("reports an empty bucket (X-RateLimit-Remaining: 0) on the fifth post within 2 s, then a 429 with retry_after — without waiting", async () => {
    const outcomes: TPostWebhookOutcome[] = [];
    for (let index = 0; index < 6; index++) outcomes.push(await postDiscordWebhook(webhookUrl, payload));
    expect(outcomes.slice(0, 5).map((outcome) => outcome.kind)).toEqual(["sent", "sent", "sent", "sent", "sent"]);
    expect(outcomes[4]).toMatchObject({ rateLimit: { remaining: 0, resetAfterMs: expect.any(Number) } });
    const limited = outcomes[5];
    expect(discord.requests.map((request) => request.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(limited).toMatchObject({ kind: "rate-limited", retryAfterMs: expect.any(Number) });
    if (limited?.kind !== "rate-limited") throw new Error("not rate limited");
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(2000);
    expect(discord.messages()).toHaveLength(5);
    expectNoSecret(limited);
  });

  it("falls back to the Retry-After header when a 429 has no retry_after", async () => {
    const raw = await startHttpStandIn();
    raw.enqueue({ status: 429, body: "rate limited", headers: { "retry-after": "3" } });
    expect(await postDiscordWebhook(`${raw.url}/api/webhooks/1/${"t".repeat(20)}`, payload)).toMatchObject({
      kind: "rate-limited",
      retryAfterMs: 3000,
    });
    await raw.close();
  });

  it("reports a 500 as certainly not posted", async () => {
    discord.failNext({ kind: "500" });
    const outcome = await postDiscordWebhook(webhookUrl, payload);
    expect(outcome).toMatchObject({ kind: "unavailable", detail: expect.stringContaining("answered 500") });
    expect(discord.messages()).toHaveLength(0);
    expectNoSecret(outcome);
  });

  it("reports a refused connection as certainly not posted, without the URL", async () => {
    const closed = await startHttpStandIn();
    const deadUrl = `${closed.url}/api/webhooks/${"1".repeat(18)}/${token}`;
    await closed.close();
    const outcome = await postDiscordWebhook(deadUrl, payload);
    expect(outcome).toMatchObject({ kind: "unavailable", detail: expect.stringContaining("ECONNREFUSED") });
    expectNoSecret(outcome);
  });

  it("reports no answer in time as unknown: Discord may have posted it (and here it did)", async () => {
    discord.failNext({ kind: "timeout", delayMs: 1000 });
    const started = performance.now();
    const outcome = await postDiscordWebhook(webhookUrl, payload, 300);
    expect(performance.now() - started).toBeLessThan(900);
    expect(outcome).toMatchObject({ kind: "unknown", detail: expect.stringContaining("no answer within 300 ms") });
    expect(discord.messages()).toHaveLength(1);
    expectNoSecret(outcome);
  });

  it("reports a deleted webhook (404) and a wrong token (401) as gone", async () => {
    const wrongToken = `${webhookUrl.slice(0, -token.length)}${"x".repeat(token.length)}`;
    expect(await postDiscordWebhook(wrongToken, payload)).toMatchObject({ kind: "gone", httpStatus: 401 });
    discord.deleteWebhook(webhookUrl);
    const outcome = await postDiscordWebhook(webhookUrl, payload);
    expect(outcome).toMatchObject({
      kind: "gone",
      httpStatus: 404,
      detail: expect.stringContaining("Unknown Webhook"),
    });
    expectNoSecret(outcome);
  });

  it("reports a payload Discord refuses (400) as rejected, with Discord's message and the invalid fields", async () => {
    const tooLong = { ...payload, content: "x".repeat(2001) } as TDiscordWebhookPayload;
    const outcome = await postDiscordWebhook(webhookUrl, tooLong);
    expect(outcome).toMatchObject({ kind: "rejected", httpStatus: 400 });
    if (outcome.kind !== "rejected") throw new Error("not rejected");
    expect(outcome.detail).toContain("Invalid Form Body (code 50035)");
    expect(outcome.detail).toContain("BASE_TYPE_MAX_LENGTH");
    expect(discord.messages()).toHaveLength(0);
  });

  it("cuts the token out of Discord's message should an answer ever echo it", async () => {
    const raw = await startHttpStandIn();
    const echoUrl = `${raw.url}/api/webhooks/1234567890123456789/${token}`;
    raw.enqueue({ status: 400, body: { message: `Bad webhook ${token} at ${echoUrl}?wait=true`, code: 1 } });
    const outcome = await postDiscordWebhook(echoUrl, payload);
    expect(JSON.stringify(outcome)).toContain("[redacted]");
    expectNoSecret(outcome);
    await raw.close();
  });

  it("refuses a malformed webhook URL without echoing it or calling anyone", async () => {
    const outcome = await postDiscordWebhook(`not a url ${token}`, payload);
    expect(outcome).toMatchObject({ kind: "rejected" });
    expectNoSecret(outcome);
    expect(discord.requests).toHaveLength(0);
  });
});
