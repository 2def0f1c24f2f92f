import { describe, expect, it } from "vitest";
import { quietWindowAt } from "./quiet-window";

const NIGHT = { start: "23:00", end: "08:00" };
const at = (iso: string) => new Date(iso);
const endsAt = (window: ReturnType<typeof quietWindowAt>) => (window.isQuiet ? window.endsAt.toISOString() : null);

describe("quietWindowAt", () => {
  it("holds at 23:30 in a window crossing midnight and ends it at 08:00 the next local morning", () => {
    // Berlin in winter is UTC+1: 23:30 local = 22:30 UTC; 08:00 local next day = 07:00 UTC.
    expect(endsAt(quietWindowAt("Europe/Berlin", NIGHT, at("2026-01-14T22:30:00Z")))).toBe("2026-01-15T07:00:00.000Z");
  });

  it("holds after midnight in the same window and ends it the same local morning", () => {
    expect(endsAt(quietWindowAt("Europe/Berlin", NIGHT, at("2026-01-15T02:10:00Z")))).toBe("2026-01-15T07:00:00.000Z");
  });

  it("is not quiet in the afternoon", () => {
    expect(quietWindowAt("Europe/Berlin", NIGHT, at("2026-01-15T14:00:00Z"))).toEqual({ isQuiet: false });
  });

  it("counts the start as inside the window and the end as outside", () => {
    expect(quietWindowAt("UTC", NIGHT, at("2026-01-15T23:00:00Z")).isQuiet).toBe(true);
    expect(quietWindowAt("UTC", NIGHT, at("2026-01-15T22:59:59Z")).isQuiet).toBe(false);
    expect(quietWindowAt("UTC", NIGHT, at("2026-01-16T07:59:59Z")).isQuiet).toBe(true);
    expect(quietWindowAt("UTC", NIGHT, at("2026-01-16T08:00:00Z")).isQuiet).toBe(false);
  });

  it("handles a window that does not cross midnight, with any minutes", () => {
    const lunch = { start: "12:15", end: "13:45" };
    expect(endsAt(quietWindowAt("America/New_York", lunch, at("2026-06-10T16:15:00Z")))).toBe(
      "2026-06-10T17:45:00.000Z",
    );
    expect(quietWindowAt("America/New_York", lunch, at("2026-06-10T16:14:00Z")).isQuiet).toBe(false);
    expect(quietWindowAt("America/New_York", lunch, at("2026-06-10T17:45:00Z")).isQuiet).toBe(false);
  });

  it("ends at the local end time on a spring-forward night (Europe/Berlin, 29 March 2026)", () => {
    // 23:30 CET on the 28th = 22:30 UTC; clocks jump 02:00 → 03:00, so 08:00 CEST = 06:00 UTC.
    expect(endsAt(quietWindowAt("Europe/Berlin", NIGHT, at("2026-03-28T22:30:00Z")))).toBe("2026-03-29T06:00:00.000Z");
  });

  it("ends at the local end time on a fall-back night (America/New_York, 1 November 2026)", () => {
    // 23:30 EDT on 31 Oct = 03:30 UTC; clocks fall back 02:00 → 01:00, so 08:00 EST = 13:00 UTC.
    expect(endsAt(quietWindowAt("America/New_York", NIGHT, at("2026-11-01T03:30:00Z")))).toBe(
      "2026-11-01T13:00:00.000Z",
    );
  });

  it("ends a window whose end time the clocks skip one gap later, as Temporal's 'compatible' rule does", () => {
    // 01:00–02:30 in Berlin on 29 March 2026: 02:30 never happens; 03:30 CEST = 01:30 UTC.
    const window = quietWindowAt("Europe/Berlin", { start: "01:00", end: "02:30" }, at("2026-03-29T00:30:00Z"));
    expect(endsAt(window)).toBe("2026-03-29T01:30:00.000Z");
  });

  it("is off without hours or with an empty window", () => {
    expect(quietWindowAt("UTC", null, at("2026-01-15T23:30:00Z"))).toEqual({ isQuiet: false });
    expect(quietWindowAt("UTC", { start: "08:00", end: "08:00" }, at("2026-01-15T08:00:00Z"))).toEqual({
      isQuiet: false,
    });
  });
});
