// The one unread count of the page, and the newest notifications the server reported: the bell,
// the center's Unread tab, its summary line and its "new notifications" banner all read this store,
// so they never disagree. Fed by the server (the bell's summary stream or poll, and each server
// render's count) and by changes made here, which move the count at once until the server's next
// summary confirms them. Pure state and a subscribe function (useSyncExternalStore), unit-tested.
import { useEffect, useSyncExternalStore } from "react";
import type { TBellItem, TNotificationSummary } from "@/lib/notifications/inbox/bell-summary";

export type TUnreadState = {
  /** Unread, not archived; null until a server render or summary says. */
  count: number | null;
  /** The newest notifications of the last summary (the bell's five), newest first. */
  latest: TBellItem[] | null;
};

export function createUnreadStore() {
  let state: TUnreadState = { count: null, latest: null };
  const listeners = new Set<() => void>();
  const set = (next: TUnreadState) => {
    if (next.count === state.count && next.latest === state.latest) return;
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** A summary from the server: the truth, count and newest items. */
    acceptSummary(summary: TNotificationSummary) {
      set({ count: summary.unreadCount, latest: summary.latest });
    },
    /** A server render's count (the header's or the center's). */
    acceptRenderedCount(count: number) {
      set({ ...state, count });
    },
    /** A change made on this page: read (-n) or unread (+n) ahead of the server. */
    adjust(delta: number) {
      if (state.count === null || delta === 0) return;
      set({ ...state, count: Math.max(0, state.count + delta) });
    },
    /** "Mark all read" made on this page. */
    markAllRead() {
      const at = new Date().toISOString();
      set({ count: 0, latest: state.latest?.map((item) => (item.readAt ? item : { ...item, readAt: at })) ?? null });
    },
    /** One item opened or marked read here (the bell's list follows). */
    markRead(id: string) {
      const item = state.latest?.find((other) => other.id === id);
      const at = new Date().toISOString();
      set({
        count: state.count === null ? null : Math.max(0, state.count - (item && !item.readAt ? 1 : 0)),
        latest:
          state.latest?.map((other) => (other.id === id && !other.readAt ? { ...other, readAt: at } : other)) ?? null,
      });
    },
  };
}

export type TUnreadStore = ReturnType<typeof createUnreadStore>;

/** The page's store (one per browser tab). */
export const unreadStore = createUnreadStore();

const serverSnapshot: TUnreadState = { count: null, latest: null };

/** The unread count everyone shows; `renderedCount` (this server render's) until the store knows, and fed to it. */
export function useUnreadCount(renderedCount: number): number {
  const { count } = useSyncExternalStore(unreadStore.subscribe, unreadStore.get, () => serverSnapshot);
  useEffect(() => unreadStore.acceptRenderedCount(renderedCount), [renderedCount]);
  return count ?? renderedCount;
}

/** The newest notifications the server last reported (null until the first summary). */
export function useLatestNotifications(): TBellItem[] | null {
  return useSyncExternalStore(unreadStore.subscribe, unreadStore.get, () => serverSnapshot).latest;
}
