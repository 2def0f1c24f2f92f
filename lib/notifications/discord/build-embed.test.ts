import { describe, expect, it } from "vitest";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import {
  DISCORD_EMBED_LIMITS as L,
  buildDiscordEmbed,
  clampDiscordEmbed,
  getEmbedTextLength,
  type TDiscordEmbed,
} from "./build-embed";
import { truncateText } from "@/lib/text/truncate-text";
import { dateToken, timeToken } from "@/lib/notifications/content/time-tokens";

const base = {
  type: "match_result" as const,
  title: "Crimson Kings beat Night Owls 3–1",
  body: "Round 2 is done.",
  url: "/tournaments/spring-cup",
  timestamp: new Date("2026-03-02T19:40:00Z"),
  appUrl: "https://deltacrown.gg",
};
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const words = (length: number) => "lorem ipsum dolor sit amet ".repeat(Math.ceil(length / 27)).slice(0, length);

function expectValid(embed: TDiscordEmbed) {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footerText);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(L.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(L.fieldValue);
  }
  expect(getEmbedTextLength(embed)).toBeLessThanOrEqual(L.total);
  // Never half an emoji: every string is well-formed UTF-16.
  const texts = [
    embed.title,
    embed.description,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ];
  for (const text of texts) expect(text ?? "").not.toMatch(LONE_SURROGATE);
}

describe("Discord embed for a notification", () => {
  it("has the type's emoji in the title, its colour, an absolute link, the ISO timestamp and the DeltaCrown footer", () => {
    const embed = buildDiscordEmbed({ ...base, fields: [{ name: "Score", value: "3–1", inline: true }] });
    expect(embed).toEqual({
      title: `${NOTIFICATION_CATALOG.match_result.emoji} Crimson Kings beat Night Owls 3–1`,
      description: "Round 2 is done.",
      url: "https://deltacrown.gg/tournaments/spring-cup",
      color: NOTIFICATION_CATALOG.match_result.color,
      timestamp: "2026-03-02T19:40:00.000Z",
      footer: { text: "DeltaCrown" },
      fields: [{ name: "Score", value: "3–1", inline: true }],
    });
  });

  it.each(NOTIFICATION_TYPES)("uses the catalog's emoji and colour for %s", (type) => {
    const embed = buildDiscordEmbed({ ...base, type });
    expect(embed.title?.startsWith(`${NOTIFICATION_CATALOG[type].emoji} `)).toBe(true);
    expect(embed.color).toBe(NOTIFICATION_CATALOG[type].color);
  });

  it("posts times in the body as Discord timestamps (each reader's zone) and in the title in UTC, zone named", () => {
    const start = new Date("2026-12-04T17:00:00.000Z");
    const embed = buildDiscordEmbed({
      ...base,
      type: "match_scheduled",
      title: `Crimson vs Azure — ${timeToken(start)}`,
      body: `Starts at ${timeToken(start)}; sponsor until ${dateToken(start)}.`,
    });
    expect(embed.title).toBe(
      `${NOTIFICATION_CATALOG.match_scheduled.emoji} Crimson vs Azure — Fri, 4 Dec 2026, 17:00 UTC`,
    );
    expect(embed.description).toBe("Starts at <t:1796403600:f>; sponsor until <t:1796403600:D>.");
  });

  it("links to the notification center when there is no url, and never to a non-http link", () => {
    expect(buildDiscordEmbed({ ...base, url: null }).url).toBe("https://deltacrown.gg/notifications");
    expect(buildDiscordEmbed({ ...base, url: "javascript:alert(1)" }).url).toBe("https://deltacrown.gg/notifications");
    expect(buildDiscordEmbed({ ...base, url: "https://example.com/vod" }).url).toBe("https://example.com/vod");
  });

  it("cuts a long title to 256 characters on a word boundary, ending in …", () => {
    const embed = buildDiscordEmbed({ ...base, title: words(1000) });
    const full = `${NOTIFICATION_CATALOG.match_result.emoji} ${words(1000)}`;
    const kept = (embed.title ?? "").slice(0, -1);
    expect(embed.title?.length).toBeLessThanOrEqual(256);
    expect(embed.title?.length).toBeGreaterThan(220);
    expect(embed.title?.endsWith("…")).toBe(true);
    expect(full.startsWith(kept)).toBe(true);
    // The cut falls where the original had a space: no half word before the "…".
    expect(full[kept.length]).toBe(" ");
  });

  it("cuts a long description to 4096 characters", () => {
    const embed = buildDiscordEmbed({ ...base, body: words(10_000) });
    expect(embed.description?.length).toBeLessThanOrEqual(4096);
    expect(embed.description?.length).toBeGreaterThan(4000);
    expect(embed.description?.endsWith("…")).toBe(true);
    expectValid(embed);
  });

  it("cuts field names to 256 and values to 1024, keeps at most 25 fields and fills empty ones", () => {
    const fields = Array.from({ length: 40 }, (_, index) => ({
      name: index === 0 ? "" : `${index} ${words(400)}`,
      value: index === 1 ? "" : "x".repeat(3000),
    }));
    const embed = buildDiscordEmbed({ ...base, body: "", fields });
    expectValid(embed);
    expect(embed.fields?.[2]?.name.length).toBeLessThanOrEqual(256);
    expect(embed.fields?.[2]?.name.endsWith("…")).toBe(true);
    expect(embed.fields?.[0]?.name).toBe("\u200b");
    expect(embed.fields?.[1]?.value).toBe("\u200b");
  });

  it("keeps the whole embed within 6000 characters with many long fields, keeping a readable description", () => {
    const fields = Array.from({ length: 25 }, (_, index) => ({
      name: `Field ${index} ${words(300)}`,
      value: words(1500),
    }));
    const embed = buildDiscordEmbed({ ...base, title: words(400), body: words(5000), fields });
    expectValid(embed);
    expect(getEmbedTextLength(embed)).toBeGreaterThan(5900);
    expect(embed.description?.length).toBeGreaterThanOrEqual(2000);
    expect(embed.fields?.length).toBeGreaterThan(0);
    expect(embed.fields?.length).toBeLessThan(25);
    expect(embed.fields?.[0]?.name.startsWith("Field 0")).toBe(true);
  });

  it("never splits an emoji when cutting", () => {
    const embed = buildDiscordEmbed({ ...base, title: "🏆".repeat(300), body: "😀".repeat(3000) });
    expectValid(embed);
  });

  it("breaks @everyone and @here in any text so they do not even look like pings", () => {
    const embed = buildDiscordEmbed({
      ...base,
      title: "Hey @everyone",
      body: "and @here too",
      fields: [{ name: "@everyone", value: "@HERE" }],
    });
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@(everyone|here)/i);
    expect(embed.title).toContain("@\u200beveryone");
  });

  it("shows masked links in user text literally, so trusted words never hide another address", () => {
    const body = "Read the [official rules](https://evil.example/login) and [FAQ] (soon). Team [CV] ready.";
    const embed = buildDiscordEmbed({
      ...base,
      title: "[Click](https://evil.example)",
      body,
      fields: [{ name: "Info", value: "[here](<https://evil.example>)" }],
    });
    expect(embed.description).toBe(
      "Read the \\[official rules\\](https://evil.example/login) and [FAQ] (soon). Team [CV] ready.",
    );
    expect(embed.title).toContain("\\[Click\\](https://evil.example)");
    expect(embed.fields?.[0]?.value).toBe("\\[here\\](<https://evil.example>)");
    // Clamping again changes nothing (no double escaping).
    expect(clampDiscordEmbed(embed)).toEqual(embed);
  });

  it("leaves an invalid date out instead of producing an invalid embed", () => {
    expect(buildDiscordEmbed({ ...base, timestamp: new Date("nope") }).timestamp).toBeUndefined();
  });

  it("returns an embed that already fits unchanged", () => {
    const embed = buildDiscordEmbed({ ...base, fields: [{ name: "A", value: "B" }] });
    expect(clampDiscordEmbed(embed)).toEqual(embed);
  });
});

describe("truncating text", () => {
  it("returns text that fits unchanged and never exceeds the limit", () => {
    expect(truncateText("short", 10)).toBe("short");
    for (const max of [0, 1, 2, 5, 17, 100]) expect(truncateText(words(500), max).length).toBeLessThanOrEqual(max);
  });

  it("cuts on the last word boundary when one is near, else mid-word", () => {
    expect(truncateText("the quick brown fox jumps", 18)).toBe("the quick brown…");
    expect(truncateText("a" + "b".repeat(50), 20)).toBe("a" + "b".repeat(18) + "…");
  });
});
