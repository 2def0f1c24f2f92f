import { describe, expect, it } from "vitest";
import type { TNotificationItemView, TNotificationPageView } from "@/lib/notifications/inbox/notification-view";
import { initialListState, listReducer, type TListAction, type TListState } from "./notification-list-state";
import { aNotificationItemView } from "@/test-support/notification-item-view";

const AT = "2026-12-03T12:00:00.000Z";

/** Higher ids are newer. */
const anItem = (id: number, overrides: Partial<TNotificationItemView> = {}): TNotificationItemView =>
  aNotificationItemView({
    id: `n${id}`,
    type: "announcement",
    typeLabel: "Announcement",
    createdAt: new Date(Date.UTC(2026, 11, 1, 0, id)).toISOString(),
    ...overrides,
  });

const page = (items: TNotificationItemView[], nextCursor: string | null = null): TNotificationPageView => ({
  items,
  nextCursor,
});
const ids = (state: TListState) => state.items.map((item) => item.id);
const run = (state: TListState, view: "all" | "unread" | "archived", ...actions: TListAction[]) =>
  actions.reduce(listReducer(view), state);

describe("the center list's reducer", () => {
  const read2 = anItem(2, { readAt: AT });
  const start = initialListState(page([anItem(3), read2, anItem(1)], "cursor-1"), 5);

  it("marks one read and back unread, moving the inbox count by one each way", () => {
    const read = run(start, "all", { type: "read", ids: ["n3"], isRead: true, at: AT });
    expect(read.items[0]?.readAt).toBe(AT);
    expect(read.unreadCount).toBe(4);
    const unread = run(read, "all", { type: "read", ids: ["n3"], isRead: false, at: AT });
    expect(unread.items[0]?.readAt).toBeNull();
    expect(unread.unreadCount).toBe(5);
  });

  it("counts nothing for a change that changes nothing (the bell echoing this list's change)", () => {
    const once = run(start, "all", { type: "read", ids: ["n3"], isRead: true, at: AT });
    expect(run(once, "all", { type: "read", ids: ["n3"], isRead: true, at: AT })).toBe(once);
    expect(run(start, "all", { type: "read", ids: ["n2"], isRead: true, at: AT })).toBe(start);
    expect(run(start, "all", { type: "read", ids: ["not-shown"], isRead: true, at: AT })).toBe(start);
  });

  it("drops a read item from the unread view", () => {
    const unreadView = initialListState(page([anItem(3), anItem(1)]), 2);
    const after = run(unreadView, "unread", { type: "read", ids: ["n3"], isRead: true, at: AT });
    expect(ids(after)).toEqual(["n1"]);
    expect(after.unreadCount).toBe(1);
  });

  it("marks all read: every shown item read and the inbox count zero (unread items not shown included)", () => {
    const after = run(start, "all", { type: "read", ids: "all", isRead: true, at: AT });
    expect(after.items.every((item) => item.readAt !== null)).toBe(true);
    expect(after.unreadCount).toBe(0);
  });

  it("archives an unread item (count down) and brings it back in order (count up)", () => {
    const archived = run(start, "all", { type: "archive", items: [anItem(3)], isArchived: true, at: AT });
    expect(ids(archived)).toEqual(["n2", "n1"]);
    expect(archived.unreadCount).toBe(4);
    const undone = run(archived, "all", {
      type: "archive",
      items: [anItem(3, { archivedAt: AT })],
      isArchived: false,
      at: AT,
    });
    expect(ids(undone)).toEqual(["n3", "n2", "n1"]);
    expect(undone.unreadCount).toBe(5);
  });

  it("archiving a read item leaves the count alone; in the archive view it stays, marked", () => {
    expect(run(start, "all", { type: "archive", items: [read2], isArchived: true, at: AT }).unreadCount).toBe(5);
    const archive = initialListState(page([anItem(4, { archivedAt: AT })]), 5);
    const restored = run(archive, "archived", { type: "archive", items: [anItem(4)], isArchived: false, at: AT });
    expect(ids(restored)).toEqual([]);
    expect(restored.unreadCount).toBe(6);
  });

  it("archives several at once (a bulk archive), counting each unread one, and its Undo brings them all back", () => {
    const archived = run(start, "all", { type: "archive", items: [anItem(3), read2], isArchived: true, at: AT });
    expect(ids(archived)).toEqual(["n1"]);
    expect(archived.unreadCount).toBe(4);
    const undone = run(archived, "all", {
      type: "archive",
      items: [anItem(3, { archivedAt: AT }), { ...read2, archivedAt: AT }],
      isArchived: false,
      at: AT,
    });
    expect(ids(undone)).toEqual(["n3", "n2", "n1"]);
    expect(undone.unreadCount).toBe(5);
  });

  it("marks several read at once (a bulk Mark read), and the Undo of mark all read makes exactly those unread", () => {
    const bulk = run(start, "all", { type: "read", ids: ["n3", "n1"], isRead: true, at: AT });
    expect(bulk.items.map((item) => item.readAt !== null)).toEqual([true, true, true]);
    expect(bulk.unreadCount).toBe(3);
    const undone = run(bulk, "all", { type: "read", ids: ["n3", "n1"], isRead: false, at: AT });
    expect(undone.items.map((item) => item.readAt === null)).toEqual([true, false, true]);
    expect(undone.unreadCount).toBe(5);
  });

  it("never counts below zero", () => {
    const none = initialListState(page([anItem(1)]), 0);
    expect(run(none, "all", { type: "read", ids: ["n1"], isRead: true, at: AT }).unreadCount).toBe(0);
  });

  it("appends a page without repeating items, and takes its cursor", () => {
    const more = run(start, "all", { type: "more", page: page([anItem(1), anItem(0)], null) });
    expect(ids(more)).toEqual(["n3", "n2", "n1", "n0"]);
    expect(more.nextCursor).toBeNull();
  });

  it("takes a fresh server render: its first page and count, keeping older pages loaded below it", () => {
    const loaded = run(start, "all", { type: "more", page: page([anItem(0)], "cursor-2") });
    const fresh = page([anItem(5), anItem(3)], "cursor-x");
    const after = run(loaded, "all", { type: "server-render", page: fresh, unreadCount: 7 });
    expect(ids(after)).toEqual(["n5", "n3", "n2", "n1", "n0"]);
    expect(after).toMatchObject({ unreadCount: 7, sourceUnread: 7, source: fresh, nextCursor: "cursor-2" });
  });

  it("is what the screen shows while a request is out, and the base stays untouched if it fails", () => {
    // useOptimistic applies the action to a copy; a refused request leaves the base as it was.
    const optimistic = run(start, "all", { type: "archive", items: [anItem(3)], isArchived: true, at: AT });
    expect(ids(optimistic)).toEqual(["n2", "n1"]);
    expect(ids(start)).toEqual(["n3", "n2", "n1"]);
    expect(start.unreadCount).toBe(5);
  });
});
