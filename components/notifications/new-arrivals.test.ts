import { describe, expect, it } from "vitest";
import type { TBellItem } from "@/lib/notifications/inbox/bell-summary";
import { countNewArrivals, newArrivalsLabel } from "./new-arrivals";

const at = (minute: number) => `2026-12-04T10:${String(minute).padStart(2, "0")}:00.000Z`;
const item = (id: string, minute: number, overrides: Partial<TBellItem> = {}): TBellItem => ({
  id,
  type: "match_result",
  title: id,
  url: null,
  createdAt: at(minute),
  timeFull: at(minute),
  readAt: null,
  about: null,
  ...overrides,
});
const all = { view: "all", type: null } as const;

describe("new arrivals in the center", () => {
  it("counts what is newer than the newest shown, unread and of the filtered type", () => {
    const latest = [item("d", 9), item("c", 8, { type: "invite_sent" }), item("b", 7, { readAt: at(8) }), item("a", 5)];
    expect(countNewArrivals(latest, { createdAt: at(5), id: "a" }, all)).toEqual({ count: 2, isMore: false });
    expect(countNewArrivals(latest, { createdAt: at(5), id: "a" }, { view: "unread", type: "invite_sent" })).toEqual({
      count: 1,
      isMore: false,
    });
    expect(countNewArrivals(latest, { createdAt: at(9), id: "d" }, all).count).toBe(0);
  });

  it("says 5+ when every one of the bell's newest is new, and nothing in the archive or an empty list", () => {
    const latest = [item("e", 9), item("d", 8), item("c", 7), item("b", 6), item("a", 5)];
    const shown = { createdAt: at(1), id: "z" };
    expect(newArrivalsLabel(countNewArrivals(latest, shown, all))).toBe("5+ new notifications");
    expect(countNewArrivals(latest, shown, { view: "archived", type: null }).count).toBe(0);
    expect(countNewArrivals(latest, null, all).count).toBe(0);
    expect(countNewArrivals(null, shown, all).count).toBe(0);
  });

  it("breaks a tie in time by id, as the list's order does", () => {
    expect(countNewArrivals([item("b", 5)], { createdAt: at(5), id: "a" }, all).count).toBe(1);
    expect(newArrivalsLabel({ count: 1, isMore: false })).toBe("1 new notification");
  });
});
