import { describe, expect, it } from "vitest";
import { buildDiscordEmbed } from "./build-embed";
import { buildWebhookPayload } from "./build-webhook-payload";

const embed = buildDiscordEmbed({
  type: "announcement",
  title: "@everyone Season 3 starts",
  body: "Ping @here <@&123456789012345678>",
  url: null,
  timestamp: new Date("2026-03-02T09:00:00Z"),
  appUrl: "https://deltacrown.gg",
});
const AVA = "123456789012345678";
const BEN = "223456789012345678";

describe("Discord webhook payload", () => {
  it("lets '@everyone' in a title ping no one: only the intended users are allowed mentions", () => {
    const payload = buildWebhookPayload({ embed, mentionDiscordUserIds: [AVA] });
    expect(payload.allowed_mentions).toEqual({ parse: [], users: [AVA] });
    expect(payload.content).toBe(`<@${AVA}>`);
    expect(JSON.stringify(payload)).not.toMatch(/@(everyone|here)/i);
  });

  it("mentions each user once and drops ids that are not numeric snowflakes", () => {
    const payload = buildWebhookPayload({
      embed,
      mentionDiscordUserIds: [
        AVA,
        BEN,
        AVA,
        "everyone",
        "@here",
        "<@1>",
        "12",
        "1".repeat(25),
        "&123456789012345678",
        "",
      ],
    });
    expect(payload.allowed_mentions.users).toEqual([AVA, BEN]);
    expect(payload.content).toBe(`<@${AVA}> <@${BEN}>`);
  });

  it("has empty content and no allowed users when nobody is to be mentioned", () => {
    const payload = buildWebhookPayload({ embed, mentionDiscordUserIds: [] });
    expect(payload).toMatchObject({ content: "", embeds: [embed], allowed_mentions: { parse: [], users: [] } });
  });

  it("allows at most 100 users and keeps the content within 2000 characters, mentioning exactly the allowed ones", () => {
    const ids = Array.from({ length: 150 }, (_, index) => String(100000000000000000n + BigInt(index)));
    const payload = buildWebhookPayload({ embed, mentionDiscordUserIds: ids });
    expect(payload.allowed_mentions.users.length).toBeLessThanOrEqual(100);
    expect(payload.content.length).toBeLessThanOrEqual(2000);
    expect(payload.content).toBe(payload.allowed_mentions.users.map((id) => `<@${id}>`).join(" "));
  });

  it("neutralises @everyone in an embed built elsewhere", () => {
    const payload = buildWebhookPayload({
      embed: { title: "@everyone look", description: "@here" },
      mentionDiscordUserIds: [],
    });
    expect(payload.embeds[0].title).toBe("@\u200beveryone look");
    expect(payload.embeds[0].description).toBe("@\u200bhere");
  });
});
