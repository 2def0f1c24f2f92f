// The notification center's server actions through the real lib and database; only the signed-in
// user (Auth.js reads cookies) and Next's cache revalidation (needs a Next request) are stood in for.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { countUnread } from "@/lib/notifications/inbox/list-notifications";
import { player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import {
  loadMoreNotificationsAction,
  markAllNotificationsReadAction,
  setNotificationsArchivedAction,
  setNotificationsReadAction,
} from "./actions";

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; role: "PLAYER" | "ADMIN" } }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (signedIn.user ? { user: { ...signedIn.user, name: null, email: null } } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const zoe = seedId.user("zoe");
const base = new Date("2026-11-29T12:00:00Z");

beforeEach(async () => {
  await resetDemoData();
  signedIn.user = null;
  await db.notification.deleteMany({ where: { userId: zoe } });
  await db.notification.createMany({
    data: Array.from({ length: 25 }, (_, index) => ({
      id: `z${String(index).padStart(2, "0")}`,
      userId: zoe,
      type: "match_result" as const,
      title: `Result ${index}`,
      body: "",
      dedupKey: `z-${index}`,
      createdAt: new Date(base.getTime() + index * 60_000),
    })),
  });
  await db.delivery.create({
    data: {
      notificationId: "z24",
      type: "match_result",
      channel: "EMAIL",
      status: "SKIPPED",
      reason: "you turned off all email",
    },
  });
});

describe("notification center actions", () => {
  it("refuse a signed-out visitor and change nothing", async () => {
    expect(await markAllNotificationsReadAction()).toEqual({ ok: false, error: "Please sign in first." });
    expect(await setNotificationsReadAction({ ids: ["z00"], isRead: true })).toEqual({
      ok: false,
      error: "Please sign in first.",
    });
    expect(await countUnread(zoe)).toBe(25);
  });

  it("mark read, unread and all read — only the caller's own notifications", async () => {
    signedIn.user = player("alex");
    expect(await setNotificationsReadAction({ ids: ["z00", "z01"], isRead: true })).toEqual({
      ok: true,
      data: { updated: 0 },
    });
    expect(await markAllNotificationsReadAction()).toMatchObject({ ok: true });
    expect(await countUnread(zoe)).toBe(25);

    signedIn.user = player("zoe");
    expect(await setNotificationsReadAction({ ids: ["z00", "z01"], isRead: true })).toEqual({
      ok: true,
      data: { updated: 2 },
    });
    expect(await setNotificationsReadAction({ ids: ["z01"], isRead: false })).toEqual({
      ok: true,
      data: { updated: 1 },
    });
    expect(await countUnread(zoe)).toBe(24);
    const marked = await markAllNotificationsReadAction();
    expect(marked).toMatchObject({ ok: true, data: { updated: 24 } });
    // Undo of "Mark all read" puts back exactly those: the 24, unread again.
    const ids = marked.ok ? marked.data.ids : null;
    expect(ids).toHaveLength(24);
    expect(await setNotificationsReadAction({ ids: ids ?? [], isRead: false })).toEqual({
      ok: true,
      data: { updated: 24 },
    });
    expect(await countUnread(zoe)).toBe(24);
    await markAllNotificationsReadAction();
    expect(await countUnread(zoe)).toBe(0);
  });

  it("archive and move back to the inbox", async () => {
    signedIn.user = player("zoe");
    expect(await setNotificationsArchivedAction({ ids: ["z24"], isArchived: true })).toEqual({
      ok: true,
      data: { updated: 1 },
    });
    expect(await countUnread(zoe)).toBe(24);
    expect(await setNotificationsArchivedAction({ ids: ["z24"], isArchived: false })).toEqual({
      ok: true,
      data: { updated: 1 },
    });
    expect(await countUnread(zoe)).toBe(25);
  });

  it("reject bad input with a message and change nothing", async () => {
    signedIn.user = player("zoe");
    expect(await setNotificationsReadAction({ ids: [], isRead: true })).toMatchObject({ ok: false });
    expect(await setNotificationsArchivedAction({ ids: ["x".repeat(500)], isArchived: true })).toMatchObject({
      ok: false,
    });
    expect(await loadMoreNotificationsAction({ cursor: "abc", view: "everything" as "all" })).toMatchObject({
      ok: false,
    });
    expect(await countUnread(zoe)).toBe(25);
  });

  it("load more: the next page after the cursor, formatted for the list, in the reader's time zone", async () => {
    signedIn.user = player("zoe");
    const { listNotifications } = await import("@/lib/notifications/inbox/list-notifications");
    const first = await listNotifications(zoe);
    expect(first.items).toHaveLength(20);
    const result = await loadMoreNotificationsAction({
      cursor: first.nextCursor ?? "",
      view: "all",
      timeZone: "Asia/Tokyo",
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.items.map((item) => item.id)).toEqual(["z04", "z03", "z02", "z01", "z00"]);
    expect(result.data.nextCursor).toBeNull();
    expect(result.data.items[0]).toMatchObject({
      typeLabel: "Match results",
      timeFull: "Sun, 29 Nov 2026, 21:04 GMT+9",
    });

    const unreadOnly = await loadMoreNotificationsAction({
      cursor: first.nextCursor ?? "",
      view: "unread",
      type: "announcement",
    });
    expect(unreadOnly).toEqual({ ok: true, data: { items: [], nextCursor: null } });
  });
});
