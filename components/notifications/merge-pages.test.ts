import { describe, expect, it } from "vitest";
import { appendPage, mergeFirstPage } from "./merge-pages";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { aNotificationItemView } from "@/test-support/notification-item-view";

/** Item n was created n minutes before noon: higher n is older. */
const item = (n: number, readAt: string | null = null): TNotificationItemView =>
  aNotificationItemView({
    id: `n${String(n).padStart(2, "0")}`,
    createdAt: new Date(Date.UTC(2026, 10, 29, 12, 0 - n)).toISOString(),
    readAt,
  });
const ids = (list: { items: TNotificationItemView[] }) => list.items.map((entry) => entry.id);

describe("the center's loaded list", () => {
  it("appends the next page without repeating an item already shown", () => {
    const list = appendPage(
      { items: [item(1), item(2)], nextCursor: "c2" },
      { items: [item(2), item(3)], nextCursor: "c3" },
    );
    expect(ids(list)).toEqual(["n01", "n02", "n03"]);
    expect(list.nextCursor).toBe("c3");
  });

  it("takes a fresh first page from the server and keeps the older pages already loaded", () => {
    const loaded = { items: [item(1), item(2), item(3), item(4)], nextCursor: "c4" };
    const merged = mergeFirstPage(loaded, { items: [item(1, "2026-11-29T12:00:00.000Z"), item(2)], nextCursor: "c2" });
    expect(ids(merged)).toEqual(["n01", "n02", "n03", "n04"]);
    expect(merged.items[0]?.readAt).toBe("2026-11-29T12:00:00.000Z");
    expect(merged.nextCursor).toBe("c4");
  });

  it("lets an item that moved up into the first page appear once, and drops one the server no longer lists", () => {
    // n01 was archived: the first page now ends one item later.
    const loaded = { items: [item(1), item(2), item(3), item(4)], nextCursor: "c4" };
    const merged = mergeFirstPage(loaded, { items: [item(2), item(3)], nextCursor: "c3" });
    expect(ids(merged)).toEqual(["n02", "n03", "n04"]);
  });

  it("keeps an item pushed off the first page by a newer one, with the cursor after it", () => {
    expect(
      mergeFirstPage({ items: [item(1), item(2)], nextCursor: "c2" }, { items: [item(0), item(1)], nextCursor: "c1" }),
    ).toEqual({ items: [item(0), item(1), item(2)], nextCursor: "c2" });
  });

  it("uses the server's cursor when nothing older was loaded, and ends when the server says so", () => {
    expect(
      mergeFirstPage(
        { items: [item(1), item(2)], nextCursor: "stale" },
        { items: [item(1), item(2)], nextCursor: "c2" },
      ),
    ).toEqual({ items: [item(1), item(2)], nextCursor: "c2" });
    expect(
      mergeFirstPage({ items: [item(1), item(2), item(3)], nextCursor: null }, { items: [item(1)], nextCursor: null }),
    ).toEqual({ items: [item(1)], nextCursor: null });
  });
});
