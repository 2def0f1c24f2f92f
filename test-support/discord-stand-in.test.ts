// The Discord stand-in keeps Discord's contract (ENVIRONMENT.md): what it refuses, it refuses the way
// Discord does — and whatever the app builds (build-webhook-payload.ts) it accepts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildDiscordEmbed } from "@/lib/notifications/discord/build-embed";
import { buildWebhookPayload } from "@/lib/notifications/discord/build-webhook-payload";
import { DISCORD_MESSAGES_PER_MINUTE, startDiscordStandIn, type TDiscordStandIn } from "./discord-stand-in";

let discord: TDiscordStandIn;
beforeAll(async () => {
  discord = await startDiscordStandIn();
});
afterAll(() => discord.close());
beforeEach(() => discord.reset());

async function postTo(webhookUrl: string, body: unknown) {
  const response = await fetch(`${webhookUrl}?wait=true`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

const field = (name: string, value: string) => ({ name, value });

describe("the Discord stand-in", () => {
  it.each([
    [
      "content over 2,000 characters",
      { content: "x".repeat(2001) },
      { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
    ],
    [
      "more than 10 embeds",
      { embeds: Array.from({ length: 11 }, () => ({ title: "t" })) },
      { embeds: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
    ],
    [
      "an embed title over 256",
      { embeds: [{ title: "x".repeat(257) }] },
      { embeds: { "0": { title: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } } } },
    ],
    [
      "a field value over 1,024",
      { embeds: [{ fields: [field("n", "x".repeat(1025))] }] },
      { embeds: { "0": { fields: { "0": { value: expect.anything() } } } } },
    ],
    [
      "an empty field name",
      { embeds: [{ fields: [field("", "v")] }] },
      { embeds: { "0": { fields: { "0": { name: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } } } } } },
    ],
    [
      "embeds over 6,000 characters in total",
      { embeds: [{ description: "x".repeat(4000) }, { description: "y".repeat(2001) }] },
      { embeds: { _errors: [{ code: "MAX_EMBED_SIZE_EXCEEDED" }] } },
    ],
    [
      "parse users together with a users list",
      { content: "<@123456789012345678>", allowed_mentions: { parse: ["users"], users: ["123456789012345678"] } },
      { allowed_mentions: expect.anything() },
    ],
  ])("refuses %s with 400 Invalid Form Body (50035), naming the field", async (_name, body, errors) => {
    const webhook = discord.createWebhook();
    const answer = await postTo(webhook, body);
    expect(answer).toMatchObject({ status: 400, json: { message: "Invalid Form Body", code: 50035, errors } });
    expect(discord.messages()).toHaveLength(0);
  });

  it("refuses an empty message (50006)", async () => {
    expect(await postTo(discord.createWebhook(), { content: "" })).toMatchObject({
      status: 400,
      json: { code: 50006 },
    });
  });

  it("accepts what the app builds from text far over every limit", async () => {
    const fields = Array.from({ length: 40 }, (_, index) =>
      field(`field ${index} ${"n".repeat(300)}`, "v".repeat(2000)),
    );
    const embed = buildDiscordEmbed({
      type: "announcement",
      title: "t".repeat(1000),
      body: "b".repeat(9000),
      url: null,
      timestamp: new Date(),
      fields,
      appUrl: "https://deltacrown.gg",
    });
    const payload = buildWebhookPayload({
      embed,
      mentionDiscordUserIds: Array.from({ length: 300 }, (_, index) => String(100000000000000000n + BigInt(index))),
    });
    expect(await postTo(discord.createWebhook(), payload)).toMatchObject({ status: 200 });
  });

  it("answers 404 for an unknown or deleted webhook and 401 for a wrong token", async () => {
    const webhook = discord.createWebhook();
    expect(await postTo(webhook.replace(/\/[^/]+$/, "/wrong-token"), { content: "hi" })).toMatchObject({
      status: 401,
      json: { code: 50027 },
    });
    discord.deleteWebhook(webhook);
    expect(await postTo(webhook, { content: "hi" })).toMatchObject({
      status: 404,
      json: { message: "Unknown Webhook", code: 10015 },
    });
  });

  it("allows 5 requests per 2 s per webhook, with X-RateLimit-* headers on every answer, then 429 with retry_after", async () => {
    const webhook = discord.createWebhook();
    const answers = [];
    for (let index = 0; index < 6; index++) answers.push(await postTo(webhook, { content: `m${index}` }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers.get("x-ratelimit-remaining"))).toEqual([
      "4",
      "3",
      "2",
      "1",
      "0",
      "0",
    ]);
    for (const answer of answers) {
      expect(answer.headers.get("x-ratelimit-limit")).toBe("5");
      expect(Number(answer.headers.get("x-ratelimit-reset-after"))).toBeGreaterThan(0);
      expect(answer.headers.get("x-ratelimit-bucket")).toBeTruthy();
    }
    expect(answers[5]?.json).toMatchObject({
      message: "You are being rate limited.",
      retry_after: expect.any(Number),
      global: false,
    });
    expect(answers[5]?.headers.get("retry-after")).toBeTruthy();
    // Another webhook has a bucket of its own.
    expect(await postTo(discord.createWebhook(), { content: "other" })).toMatchObject({ status: 200 });
  });

  it(`allows ${DISCORD_MESSAGES_PER_MINUTE} messages per minute per channel, however many webhooks post to it`, async () => {
    const webhooks = Array.from({ length: 7 }, () => discord.createWebhook({ channelId: "42" }));
    const statuses: number[] = [];
    for (const webhook of webhooks)
      for (let index = 0; index < 5; index++) statuses.push((await postTo(webhook, { content: "x" })).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(DISCORD_MESSAGES_PER_MINUTE);
    expect(statuses.slice(DISCORD_MESSAGES_PER_MINUTE).every((status) => status === 429)).toBe(true);
  });

  it("can be told to fail: a 500 posts nothing, a timeout posts and answers late", async () => {
    const webhook = discord.createWebhook();
    discord.failNext({ kind: "500" }, { kind: "timeout", delayMs: 300 });
    expect(await postTo(webhook, { content: "a" })).toMatchObject({ status: 500 });
    const started = performance.now();
    expect(await postTo(webhook, { content: "b" })).toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(discord.messages(webhook).map((message) => message.content)).toEqual(["b"]);
  });
});
