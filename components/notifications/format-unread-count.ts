// How the bell shows and announces the unread count: nothing at zero, "99+" beyond 99, and an
// accessible name that carries the number ("Notifications, 3 unread").
export const UNREAD_COUNT_CAP = 99;

/** The badge text, or null when the badge should not be shown at all. */
export function formatUnreadCount(count: number): string | null {
  if (!Number.isFinite(count) || count <= 0) return null;
  return count > UNREAD_COUNT_CAP ? `${UNREAD_COUNT_CAP}+` : String(Math.floor(count));
}

/** The bell button's accessible name. */
export function bellLabel(count: number): string {
  const text = formatUnreadCount(count);
  return text ? `Notifications, ${text} unread` : "Notifications, none unread";
}
