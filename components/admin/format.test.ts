import { describe, expect, it } from "vitest";
import { formatRelativeTime as formatRelative } from "@/components/ui/time";
import { formatCoins, formatDateTime, formatDuration } from "./format";

describe("admin dashboard formatting", () => {
  const now = new Date("2026-11-29T12:00:00Z");

  it("writes relative times in words, past and future", () => {
    expect(formatRelative(new Date("2026-11-29T11:59:40Z"), now)).toBe("just now");
    expect(formatRelative(new Date("2026-11-29T11:57:00Z"), now)).toBe("3 minutes ago");
    expect(formatRelative(new Date("2026-11-29T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelative(new Date("2026-11-28T12:00:00Z"), now)).toBe("yesterday");
    expect(formatRelative(new Date("2026-12-01T12:00:00Z"), now)).toBe("in 2 days");
  });

  it("writes exact times in the viewer's time zone, naming it", () => {
    expect(formatDateTime("2026-11-29T12:00:00Z", "UTC")).toBe("29 Nov 2026, 12:00 UTC");
    expect(formatDateTime("2026-11-29T12:00:00Z", "Asia/Tokyo")).toMatch(/29 Nov 2026, 21:00 GMT\+9/);
  });

  it("writes durations and coins for people", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(840)).toBe("840 ms");
    expect(formatDuration(2345)).toBe("2.3 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatCoins(1000)).toBe("1,000 coins");
    expect(formatCoins(1)).toBe("1 coin");
  });
});
