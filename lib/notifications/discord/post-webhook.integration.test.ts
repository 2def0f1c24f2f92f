import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { startHttpStandIn, type THttpStandIn } from "@/lib/testing/http-stand-in";
import { buildDiscordEmbed } from "./build-embed";
import { buildWebhookPayload } from "./build-webhook-payload";
import { postDiscordWebhook } from "./post-webhook";

const WEBHOOK_ID = "1234567890123456789";
const TOKEN = "sEcReT-webhook-token_abcdefghijklmnopqrstuvwxyz0123456789";
let discord: THttpStandIn;
let webhookUrl: string;

const payload = buildWebhookPayload({
  embed: buildDiscordEmbed({ type: "match_result", title: "@everyone Crimson Kings won", body: "3–1", url: "/tournaments/spring-cup", timestamp: new Date("2026-03-02T19:40:00Z"), appUrl: "https://deltacrown.gg" }),
  mentionDiscordUserIds: ["123456789012345678"],
});

beforeAll(async () => {
  discord = await startHttpStandIn();
  webhookUrl = `${discord.url}/api/webhooks/${WEBHOOK_ID}/${TOKEN}`;
});
afterAll(() => discord.close());
afterEach(() => discord.reset());

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  // Secrets are never in a message that could be logged.
  expect(appError.message).not.toContain(TOKEN);
  expect(appError.message).not.toContain(webhookUrl);
  expect(String(appError.stack)).not.toContain(TOKEN);
  expect(appError.cause).toBeUndefined();
  return appError;
}

describe("posting to a Discord webhook", () => {
  it("sends the payload with wait=true and returns Discord's message id", async () => {
    discord.enqueue({ status: 200, body: { id: "1100000000000000001", channel_id: "42" } });
    const result = await postDiscordWebhook(webhookUrl, payload);
    expect(result).toEqual({ status: "sent", messageId: "1100000000000000001" });
    expect(discord.requests).toHaveLength(1);
    const [request] = discord.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe(`/api/webhooks/${WEBHOOK_ID}/${TOKEN}?wait=true`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.json).toEqual(payload);
    expect(request?.json).toMatchObject({ allowed_mentions: { parse: [], users: ["123456789012345678"] }, content: "<@123456789012345678>" });
  });

  it("keeps a thread_id already in the webhook URL", async () => {
    discord.enqueue({ status: 200, body: { id: "1" } });
    await postDiscordWebhook(`${webhookUrl}?thread_id=77`, payload);
    expect(discord.requests[0]?.path).toBe(`/api/webhooks/${WEBHOOK_ID}/${TOKEN}?thread_id=77&wait=true`);
  });

  it("waits out a 429 for retry_after seconds, then sends", async () => {
    discord.enqueue({ status: 429, body: { message: "You are being rate limited.", retry_after: 0.2, global: false } }, { status: 200, body: { id: "2" } });
    const started = performance.now();
    const result = await postDiscordWebhook(webhookUrl, payload);
    const elapsed = performance.now() - started;
    expect(result).toEqual({ status: "sent", messageId: "2" });
    expect(discord.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1500);
  });

  it("falls back to the Retry-After header when the body has no retry_after", async () => {
    discord.enqueue({ status: 429, body: "rate limited", headers: { "retry-after": "0.1" } }, { status: 200, body: { id: "3" } });
    expect(await postDiscordWebhook(webhookUrl, payload)).toEqual({ status: "sent", messageId: "3" });
    expect(discord.requests).toHaveLength(2);
  });

  it("gives up with a retryable error when still rate limited after the configured waits", async () => {
    discord.setDefault({ status: 429, body: { message: "You are being rate limited.", retry_after: 0.05 } });
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload, { maxRateLimitWaits: 2 }));
    expect(error.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(error.isRetryable).toBe(true);
    expect(discord.requests).toHaveLength(3);
  });

  it("does not sleep through a rate limit longer than the wait budget: the job retries later", async () => {
    discord.enqueue({ status: 429, body: { retry_after: 30 } });
    const started = performance.now();
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload, { maxWaitMs: 1000 }));
    expect(error.isRetryable).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(discord.requests).toHaveLength(1);
  });

  it("reports a 500 as retryable", async () => {
    discord.enqueue({ status: 500, body: { message: "Internal Server Error", code: 0 } });
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload));
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", isRetryable: true });
    expect(error.message).toContain(WEBHOOK_ID);
  });

  it("gives up quickly with a retryable error when Discord hangs past the timeout", async () => {
    discord.enqueue({ status: 200, body: { id: "late" }, delayMs: 2000 });
    const started = performance.now();
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload, { timeoutMs: 300 }));
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", isRetryable: true });
    expect(error.message).toContain("300 ms");
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1500);
  });

  it("reports a network failure as retryable without the URL", async () => {
    const closed = await startHttpStandIn();
    const deadUrl = `${closed.url}/api/webhooks/${WEBHOOK_ID}/${TOKEN}`;
    await closed.close();
    const error = await failureOf(postDiscordWebhook(deadUrl, payload));
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", isRetryable: true });
    expect(error.message).not.toContain(deadUrl);
  });

  it.each([404, 401] as const)("reports the webhook as gone on %i", async (status) => {
    discord.enqueue({ status, body: { message: status === 404 ? "Unknown Webhook" : "Invalid Webhook Token", code: status === 404 ? 10015 : 50027 } });
    expect(await postDiscordWebhook(webhookUrl, payload)).toEqual({ status: "gone", httpStatus: status });
    expect(discord.requests).toHaveLength(1);
  });

  it("reports a rejected payload (400) as bad input that retrying cannot fix, with Discord's message", async () => {
    discord.enqueue({ status: 400, body: { message: "Invalid Form Body", code: 50035, errors: { embeds: { "0": { title: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } } } });
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload));
    expect(error).toMatchObject({ code: "INVALID_INPUT", isRetryable: false });
    expect(error.message).toContain("Invalid Form Body");
    expect(error.message).toContain("50035");
    expect(error.message).toContain("BASE_TYPE_MAX_LENGTH");
  });

  it("cuts the token out of Discord's message should an answer ever echo it", async () => {
    discord.enqueue({ status: 400, body: { message: `Bad webhook ${TOKEN} at ${webhookUrl}?wait=true`, code: 1 } });
    const error = await failureOf(postDiscordWebhook(webhookUrl, payload));
    expect(error.message).toContain("[redacted]");
  });

  it("rejects a malformed webhook URL without echoing it", async () => {
    const error = await failureOf(postDiscordWebhook(`not a url ${TOKEN}`, payload));
    expect(error.code).toBe("INVALID_INPUT");
  });
});
