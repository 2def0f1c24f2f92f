// A tiny in-page signal between the bell and the notification center, so a change made in one
// shows in the other at once (the server is still the source of truth: the bell refetches).
export type TNotificationsChange =
  | { kind: "read"; ids: string[]; isRead: boolean }
  | { kind: "all-read" }
  | { kind: "archived"; ids: string[]; isArchived: boolean }
  /** The server's summary changed (a new notification, or another tab or device read or archived some). */
  | { kind: "server" };

const EVENT_NAME = "deltacrown:notifications-changed";

export function emitNotificationsChanged(change: TNotificationsChange): void {
  window.dispatchEvent(new CustomEvent<TNotificationsChange>(EVENT_NAME, { detail: change }));
}

/** Subscribes to changes; returns the unsubscribe function (for a useEffect cleanup). */
export function subscribeToNotificationsChanged(listener: (change: TNotificationsChange) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<TNotificationsChange>).detail);
  window.addEventListener(EVENT_NAME, handle);
  return () => window.removeEventListener(EVENT_NAME, handle);
}
