import { describe, expect, it } from "vitest";
import { periodKey } from "./period-key";

describe("periodKey", () => {
  const at = (iso: string) => new Date(iso);

  it("puts every moment of a UTC day in the same daily period", () => {
    expect(periodKey("day", at("2026-11-29T00:00:00Z"))).toBe("2026-11-29");
    expect(periodKey("day", at("2026-11-29T23:59:59Z"))).toBe("2026-11-29");
    expect(periodKey("day", at("2026-11-30T00:00:00Z"))).toBe("2026-11-30");
  });

  it("splits the day into four 6-hour periods starting at 00, 06, 12, 18 UTC", () => {
    expect(periodKey("6h", at("2026-11-29T05:59:59Z"))).toBe("2026-11-29T00");
    expect(periodKey("6h", at("2026-11-29T06:00:00Z"))).toBe("2026-11-29T06");
    expect(periodKey("6h", at("2026-11-29T23:10:00Z"))).toBe("2026-11-29T18");
  });

  it("keys hourly, half-hourly and per-minute periods", () => {
    expect(periodKey("hour", at("2026-11-29T07:15:00Z"))).toBe("2026-11-29T07");
    expect(periodKey("30m", at("2026-11-29T07:29:59Z"))).toBe("2026-11-29T07:00");
    expect(periodKey("30m", at("2026-11-29T07:30:00Z"))).toBe("2026-11-29T07:30");
    expect(periodKey("minute", at("2026-11-29T07:31:42Z"))).toBe("2026-11-29T07:31");
  });

  it("uses UTC whatever the local time zone says", () => {
    // 2026-03-29 01:30 UTC is the night Europe switches to summer time.
    expect(periodKey("hour", at("2026-03-29T01:30:00+00:00"))).toBe("2026-03-29T01");
    expect(periodKey("day", at("2026-11-29T23:30:00-05:00"))).toBe("2026-11-30");
  });
});
