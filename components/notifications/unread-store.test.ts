import { describe, expect, it } from "vitest";
import type { TBellItem } from "@/lib/notifications/inbox/bell-summary";
import { createUnreadStore } from "./unread-store";

const item = (id: string, readAt: string | null = null): TBellItem => ({
  id,
  type: "match_result",
  title: `Notice ${id}`,
  url: null,
  createdAt: "2026-12-04T10:00:00.000Z",
  readAt,
  timeFull: "Fri, 4 Dec 2026, 10:00 UTC",
  about: null,
});

describe("the page's unread store", () => {
  it("knows nothing until the server says, then takes each summary as the truth", () => {
    const store = createUnreadStore();
    expect(store.get()).toEqual({ count: null, latest: null });
    store.adjust(-1); // nothing to adjust yet
    expect(store.get().count).toBeNull();
    store.acceptRenderedCount(19);
    store.acceptSummary({ unreadCount: 18, latest: [item("a")] });
    expect(store.get()).toEqual({ count: 18, latest: [item("a")] });
  });

  it("moves the count at once for changes made here, never below zero", () => {
    const store = createUnreadStore();
    store.acceptRenderedCount(2);
    store.adjust(-3);
    expect(store.get().count).toBe(0);
    store.adjust(+1);
    expect(store.get().count).toBe(1);
  });

  it("marks one item read once (a second time changes nothing) and all read", () => {
    const store = createUnreadStore();
    store.acceptSummary({ unreadCount: 3, latest: [item("a"), item("b"), item("c", "2026-12-04T09:00:00.000Z")] });
    store.markRead("a");
    store.markRead("a");
    store.markRead("c"); // already read
    expect(store.get().count).toBe(2);
    expect(store.get().latest?.map((entry) => entry.readAt !== null)).toEqual([true, false, true]);
    store.markAllRead();
    expect(store.get().count).toBe(0);
    expect(store.get().latest?.every((entry) => entry.readAt !== null)).toBe(true);
  });

  it("tells subscribers about real changes only", () => {
    const store = createUnreadStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.acceptRenderedCount(4);
    store.acceptRenderedCount(4);
    store.adjust(0);
    expect(calls).toBe(1);
    unsubscribe();
    store.adjust(-1);
    expect(calls).toBe(1);
  });
});
