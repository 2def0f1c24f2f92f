// How many notifications arrived after the newest one the center shows, from the page's store (the
// bell's newest five): the center offers "1 new notification — show" instead of moving the list
// under the reader. Only those the current view would list count; all five new means "5+".
import type { TBellItem } from "@/lib/notifications/inbox/bell-summary";
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";

export type TNewArrivals = { count: number; isMore: boolean };

export function countNewArrivals(
  latest: readonly TBellItem[] | null,
  newestShown: { createdAt: string; id: string } | null,
  { view, type }: { view: TNotificationView; type: TNotificationType | null },
): TNewArrivals {
  // Arrivals are unarchived; the first load of an empty list takes everything as it comes.
  if (!latest || view === "archived" || newestShown === null) return { count: 0, isMore: false };
  const shownAt = Date.parse(newestShown.createdAt);
  const newer = latest.filter((item) => {
    const at = Date.parse(item.createdAt);
    return at > shownAt || (at === shownAt && item.id > newestShown.id);
  });
  const count = newer.filter((item) => (type === null || item.type === type) && item.readAt === null).length;
  return { count, isMore: count > 0 && newer.length === latest.length };
}

export function newArrivalsLabel({ count, isMore }: TNewArrivals): string {
  return `${count}${isMore ? "+" : ""} new notification${count === 1 && !isMore ? "" : "s"}`;
}
