// How the center's client-side list combines pages: "Load more" appends the next keyset page, and
// a fresh first page from the server (after a server action revalidates) replaces the top of the
// list while the older pages already loaded stay where they are, so nothing jumps.
import {
  isOlder,
  type TNotificationItemView,
  type TNotificationPageView,
} from "@/lib/notifications/inbox/notification-view";

export type TLoadedList = { items: TNotificationItemView[]; nextCursor: string | null };

export function appendPage(current: TLoadedList, page: TNotificationPageView): TLoadedList {
  const seen = new Set(current.items.map((item) => item.id));
  return { items: [...current.items, ...page.items.filter((item) => !seen.has(item.id))], nextCursor: page.nextCursor };
}

export function mergeFirstPage(current: TLoadedList, first: TNotificationPageView): TLoadedList {
  const last = first.items.at(-1);
  if (!first.nextCursor || !last) return { items: first.items, nextCursor: first.nextCursor };
  const ids = new Set(first.items.map((item) => item.id));
  const older = current.items.filter((item) => !ids.has(item.id) && isOlder(item, last));
  return { items: [...first.items, ...older], nextCursor: older.length > 0 ? current.nextCursor : first.nextCursor };
}
