import { describe, expect, it } from "vitest";
import { DIGEST_CATCH_UP_MINUTES, digestSlot, WHOLE_DAY } from "./digest-slot";

const at = (iso: string) => new Date(iso);

describe("digest slots in the user's own time zone", () => {
  it("is due at the user's time and within the catch-up window, not before or after", () => {
    expect(digestSlot("UTC", "08:00", at("2026-11-29T07:30:00Z")).isDue).toBe(false);
    expect(digestSlot("UTC", "08:00", at("2026-11-29T08:00:00Z"))).toEqual({ isDue: true, digestDate: "2026-11-29" });
    expect(digestSlot("UTC", "08:00", at("2026-11-29T08:00:59Z")).isDue).toBe(true);
    expect(digestSlot("UTC", "08:00", at("2026-11-29T08:30:00Z")).isDue).toBe(true);
    expect(digestSlot("UTC", "08:00", at("2026-11-29T09:59:00Z")).isDue).toBe(DIGEST_CATCH_UP_MINUTES === 120);
    expect(digestSlot("UTC", "08:00", at("2026-11-29T10:00:00Z")).isDue).toBe(false);
    expect(digestSlot("UTC", "08:00", at("2026-11-29T23:59:00Z"), WHOLE_DAY).isDue).toBe(true);
  });

  it("takes any minute: 07:05 is due from 07:05, not at 07:04", () => {
    expect(digestSlot("UTC", "07:05", at("2026-11-29T07:04:59Z")).isDue).toBe(false);
    expect(digestSlot("UTC", "07:05", at("2026-11-29T07:05:00Z")).isDue).toBe(true);
    expect(digestSlot("UTC", "07:05", at("2026-11-29T07:15:00Z")).isDue).toBe(true);
  });

  it("follows daylight saving time: 08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC in summer", () => {
    expect(digestSlot("Europe/Berlin", "08:00", at("2026-01-15T07:00:00Z")).isDue).toBe(true);
    expect(digestSlot("Europe/Berlin", "08:00", at("2026-01-15T06:00:00Z")).isDue).toBe(false);
    expect(digestSlot("Europe/Berlin", "08:00", at("2026-07-15T06:00:00Z")).isDue).toBe(true);
    expect(digestSlot("Europe/Berlin", "08:00", at("2026-07-15T05:00:00Z")).isDue).toBe(false);
  });

  it("still sends when the clocks skip the user's time (spring forward 02:00 → 03:00)", () => {
    // 2026-03-29 in Berlin: 00:30Z is 01:30 CET, 01:00Z is 03:00 CEST — 02:30 never happens.
    expect(digestSlot("Europe/Berlin", "02:30", at("2026-03-29T00:30:00Z")).isDue).toBe(false);
    expect(digestSlot("Europe/Berlin", "02:30", at("2026-03-29T01:00:00Z"))).toEqual({
      isDue: true,
      digestDate: "2026-03-29",
    });
  });

  it("gives the same local date both times a repeated hour comes round (fall back), so one digest is sent", () => {
    // 2026-10-25 in Berlin: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    const first = digestSlot("Europe/Berlin", "02:30", at("2026-10-25T00:30:00Z"));
    const second = digestSlot("Europe/Berlin", "02:30", at("2026-10-25T01:30:00Z"));
    expect(first).toEqual({ isDue: true, digestDate: "2026-10-25" });
    expect(second.digestDate).toBe(first.digestDate);
  });

  it("handles half-hour offsets and the US switch", () => {
    expect(digestSlot("Asia/Kolkata", "08:00", at("2026-11-29T02:30:00Z")).isDue).toBe(true); // UTC+5:30
    expect(digestSlot("America/New_York", "18:30", at("2026-11-29T23:30:00Z")).isDue).toBe(true); // EST
    expect(digestSlot("America/New_York", "18:30", at("2026-07-01T22:30:00Z")).isDue).toBe(true); // EDT
  });

  it("uses the user's local date, not the UTC date", () => {
    // 08:00 in Auckland (UTC+13 in November) is 19:00 UTC the day before.
    expect(digestSlot("Pacific/Auckland", "08:00", at("2026-11-28T19:00:00Z"))).toEqual({
      isDue: true,
      digestDate: "2026-11-29",
    });
  });
});
