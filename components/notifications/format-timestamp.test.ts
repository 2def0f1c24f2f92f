import { describe, expect, it } from "vitest";
import { formatTimestamp } from "./format-timestamp";


describe("full timestamp", () => {
  it("is written in the reader's time zone with the zone's name", () => {
    expect(formatTimestamp("2026-11-28T02:02:13Z", "UTC")).toBe("Nov 28, 2026, 2:02 AM UTC");
    expect(formatTimestamp("2026-11-28T02:02:13Z", "America/New_York")).toBe("Nov 27, 2026, 9:02 PM EST");
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(formatTimestamp("2026-11-28T02:02:13Z", "Mars/Olympus_Mons")).toBe("Nov 28, 2026, 2:02 AM UTC");
  });
});
