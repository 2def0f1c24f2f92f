import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelativeTime } from "./time";

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

