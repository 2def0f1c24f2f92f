import { describe, expect, it } from "vitest";
import { formatCoins } from "./format-coins";
import { formatDateTime } from "./format-date-time";
import { formatDuration } from "./format-duration";
import { formatRelativeTime } from "./format-relative-time";

const NOW = new Date("2026-03-10T12:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatRelativeTime", () => {
  it("words past and future times in the largest unit that fits", () => {
    expect(formatRelativeTime(at(-10_000), NOW)).toBe("just now");
    expect(formatRelativeTime(at(-5 * MINUTE), NOW)).toBe("5 minutes ago");
    expect(formatRelativeTime(at(2 * HOUR), NOW)).toBe("in 2 hours");
    expect(formatRelativeTime(at(-DAY), NOW)).toBe("yesterday");
    expect(formatRelativeTime(at(6 * DAY + 23 * HOUR), NOW)).toBe("next week");
    expect(formatRelativeTime(at(3 * DAY), NOW)).toBe("in 3 days");
  });
});

describe("formatDateTime", () => {
  it("shows the time in the viewer's zone and names the zone", () => {
    expect(formatDateTime(NOW, "UTC")).toBe("Tue, 10 Mar 2026, 12:00 UTC");
    expect(formatDateTime(NOW, "Asia/Tokyo")).toBe("Tue, 10 Mar 2026, 21:00 GMT+9");
    expect(formatDateTime(NOW, "UTC", { withTime: false })).toBe("Tue, 10 Mar 2026");
  });

  it("accepts ISO strings and writes the date of the viewer's zone", () => {
    expect(formatDateTime("2026-11-28T02:02:13Z", "UTC")).toBe("Sat, 28 Nov 2026, 02:02 UTC");
    expect(formatDateTime("2026-11-28T02:02:13Z", "America/New_York")).toBe("Fri, 27 Nov 2026, 21:02 GMT-5");
    expect(formatDateTime("2026-11-28T02:02:13Z", "America/New_York", { withTime: false })).toBe("Fri, 27 Nov 2026");
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(formatDateTime("2026-11-28T02:02:13Z", "Mars/Olympus_Mons")).toBe("Sat, 28 Nov 2026, 02:02 UTC");
  });
});

const now = new Date("2026-11-29T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("relative time of a notification (the bell, the center)", () => {
  it("says 'just now' for the last few seconds, and for small clock skew into the future", () => {
    expect(formatRelativeTime(ago(0), now)).toBe("just now");
    expect(formatRelativeTime(ago(44), now)).toBe("just now");
    expect(formatRelativeTime(ago(-30), now)).toBe("just now");
  });

  it("counts minutes, hours, days, weeks, months and years", () => {
    expect(formatRelativeTime(ago(60), now)).toBe("1 minute ago");
    expect(formatRelativeTime(ago(5 * 60 + 20), now)).toBe("5 minutes ago");
    expect(formatRelativeTime(ago(3 * 3600), now)).toBe("3 hours ago");
    expect(formatRelativeTime(ago(30 * 3600), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(4 * 86400), now)).toBe("4 days ago");
    expect(formatRelativeTime(ago(15 * 86400), now)).toBe("2 weeks ago");
    expect(formatRelativeTime(ago(70 * 86400), now)).toBe("2 months ago");
    expect(formatRelativeTime(ago(400 * 86400), now)).toBe("last year");
  });

  it("accepts ISO strings as they arrive from the server", () => {
    expect(formatRelativeTime("2026-11-29T11:00:00.000Z", now.toISOString())).toBe("1 hour ago");
  });
});

describe("admin dashboard formatting", () => {
  it("writes relative times in words, past and future", () => {
    expect(formatRelativeTime(new Date("2026-11-29T11:59:40Z"), now)).toBe("just now");
    expect(formatRelativeTime(new Date("2026-11-29T11:57:00Z"), now)).toBe("3 minutes ago");
    expect(formatRelativeTime(new Date("2026-11-29T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelativeTime(new Date("2026-11-28T12:00:00Z"), now)).toBe("yesterday");
    expect(formatRelativeTime(new Date("2026-12-01T12:00:00Z"), now)).toBe("in 2 days");
  });

  it("writes durations and coins for people", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(840)).toBe("840 ms");
    expect(formatDuration(2345)).toBe("2.3 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatCoins(1000)).toBe("1,000 coins");
    expect(formatCoins(1)).toBe("1 coin");
    expect(formatCoins(-1)).toBe("-1 coin");
  });
});
