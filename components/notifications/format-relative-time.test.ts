import { describe, expect, it } from "vitest";
import { formatRelativeTime, formatTimestamp } from "./format-relative-time";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("relative time of a notification", () => {
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

describe("full timestamp", () => {
  it("is written in the reader's time zone with the zone's name", () => {
    expect(formatTimestamp("2026-11-28T02:02:13Z", "UTC")).toBe("Nov 28, 2026, 2:02 AM UTC");
    expect(formatTimestamp("2026-11-28T02:02:13Z", "America/New_York")).toBe("Nov 27, 2026, 9:02 PM EST");
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(formatTimestamp("2026-11-28T02:02:13Z", "Mars/Olympus_Mons")).toBe("Nov 28, 2026, 2:02 AM UTC");
  });
});
