import { describe, expect, it } from "vitest";
import { dateToken, renderDiscordTimeTokens, renderTimeTokens, timeToken } from "./time-tokens";

const MATCH = new Date("2026-12-04T17:00:00.000Z");

describe("time tokens", () => {
  it("writes an instant as a compact token that reads back in any zone, with the zone named", () => {
    const body = `Starts at ${timeToken(MATCH)}. Check in now.`;
    expect(body).toBe("Starts at {{t:2026-12-04T17:00:00.000Z}}. Check in now.");
    expect(renderTimeTokens(body, "UTC")).toBe("Starts at Fri, 4 Dec 2026, 17:00 UTC. Check in now.");
    expect(renderTimeTokens(body, "Europe/Berlin")).toBe("Starts at Fri, 4 Dec 2026, 18:00 CET. Check in now.");
    expect(renderTimeTokens(body, "America/New_York")).toBe("Starts at Fri, 4 Dec 2026, 12:00 GMT-5. Check in now.");
  });

  it("follows daylight saving time: the night Berlin springs forward, an hour apart reads CET then CEST", () => {
    const text = `${timeToken(new Date("2026-03-29T00:59:00Z"))} / ${timeToken(new Date("2026-03-29T01:15:00Z"))}`;
    expect(renderTimeTokens(text, "Europe/Berlin")).toBe("Sun, 29 Mar 2026, 01:59 CET / Sun, 29 Mar 2026, 03:15 CEST");
  });

  it("renders a date-only token as the reader's calendar date, which may differ from UTC's", () => {
    const text = `Runs until ${dateToken(new Date("2026-12-04T23:30:00Z"))}.`;
    expect(renderTimeTokens(text, "UTC")).toBe("Runs until Fri, 4 Dec 2026.");
    expect(renderTimeTokens(text, "Asia/Tokyo")).toBe("Runs until Sat, 5 Dec 2026.");
  });

  it("leaves text without tokens, older rows written in UTC, and malformed tokens as they are", () => {
    for (const text of [
      "Round 2 of Crown Cup.",
      "Crimson vs Night Owls — Fri 4 Dec, 17:00 UTC",
      "{{t:tomorrow}} {{x:2026-12-04T17:00:00.000Z}} {{t:2026-12-04T17:00:00Z}} {t:2026-12-04T17:00:00.000Z}",
    ]) {
      expect(renderTimeTokens(text, "Europe/Berlin")).toBe(text);
      expect(renderDiscordTimeTokens(text)).toBe(text);
    }
  });

  it("renders every token of a text and reads an unknown zone as UTC", () => {
    const text = `${timeToken(MATCH)} and ${timeToken(new Date("2026-12-05T09:30:00Z"))}`;
    expect(renderTimeTokens(text, "Not/AZone")).toBe("Fri, 4 Dec 2026, 17:00 UTC and Sat, 5 Dec 2026, 09:30 UTC");
  });

  it("posts Discord's timestamp markup, which each reader's client shows in their own zone", () => {
    expect(renderDiscordTimeTokens(`At ${timeToken(MATCH)}, until ${dateToken(MATCH)}`)).toBe(
      `At <t:${MATCH.getTime() / 1000}:f>, until <t:${MATCH.getTime() / 1000}:D>`,
    );
  });
});
