"use client";
// The Unread tab's count: the page's one count (unread-store.ts), the same number as the bell's.
import { formatUnreadCount } from "./format-unread-count";
import { useUnreadCount } from "./unread-store";

export function UnreadTabBadge({ renderedCount }: { renderedCount: number }) {
  const badge = formatUnreadCount(useUnreadCount(renderedCount));
  return badge ? (
    <span
      data-testid="unread-tab-count"
      className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold leading-5 text-white"
    >
      {badge}
    </span>
  ) : null;
}
