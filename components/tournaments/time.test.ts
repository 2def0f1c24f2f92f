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
