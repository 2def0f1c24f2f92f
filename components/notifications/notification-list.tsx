"use client";
// The center's list: the first page comes from the server, "Load more" appends keyset pages, and
// mark read / unread / archive / mark all read show at once (then the server confirms; a failure
// puts things back and says why). The bell hears about every change. Behaviour lives in
// use-notification-list.ts (over the pure reducer of notification-list-state.ts); this file draws.
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationPageView, TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { Button } from "@/components/ui/button";
import { NotificationEmptyState } from "./notification-empty-state";
import { NotificationItem } from "./notification-item";
import { NotificationToast } from "./notification-toast";
import { useNotificationList } from "./use-notification-list";
import { useOpenNotification } from "./use-open-notification";

export type TNotificationListProps = {
  initialPage: TNotificationPageView;
  /** Unread, not archived — the bell's number. */
  unreadCount: number;
  view: TNotificationView;
  type: TNotificationType | null;
  heading: string;
  timeZone: string;
};

export function NotificationList(props: TNotificationListProps) {
  const { initialPage, view, type, heading } = props;
  const { shown, headingRef, busyIds, pending, status, error, focus, handlers } = useNotificationList(props);
  const { open } = useOpenNotification();
  const canMarkAll = view !== "archived";
  const hasUnreadShown = shown.items.some((item) => item.readAt === null && item.archivedAt === null);

  return (
    // The bottom padding keeps "Load more" clear of the floating message when scrolled to the end.
    <section aria-labelledby="notification-list-heading" className="pb-20">
      <div className="mb-3 flex min-h-9 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id="notification-list-heading" ref={headingRef} tabIndex={-1} className="text-sm font-medium text-zinc-700">
          {heading}
          {canMarkAll ? (
            <span className="text-zinc-600">
              {" "}
              · {shown.unreadCount === 0 ? "all read" : `${shown.unreadCount} unread${type ? " across all types" : ""}`}
            </span>
          ) : null}
        </h2>
        {canMarkAll ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={handlers.markAllRead}
            disabled={pending === "mark-all" || (shown.unreadCount === 0 && !hasUnreadShown)}
          >
            Mark all read
          </Button>
        ) : null}
      </div>

      {shown.items.length === 0 ? (
        <NotificationEmptyState view={view} type={type} />
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {shown.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              isArchiveView={view === "archived"}
              isBusy={busyIds.has(item.id)}
              itemRef={(element) => focus.setItemRef(item.id, element)}
              actions={{
                onToggleRead: () => handlers.toggleRead(item),
                onToggleArchived: () => handlers.setArchived(item, view !== "archived"),
                onOpen: (event) =>
                  open(
                    event,
                    { id: item.id, href: item.href ?? "/notifications", isUnread: item.readAt === null },
                    () => handlers.markOpened(item),
                  ),
              }}
            />
          ))}
        </ul>
      )}

      <ListFooter
        hasMore={shown.nextCursor !== null}
        loadedMore={shown.items.length > 0 && shown.items.length > initialPage.items.length}
        isLoading={pending === "load-more"}
        onLoadMore={handlers.loadMore}
      />
      <NotificationToast status={status} error={error} onDismiss={handlers.dismiss} onUndo={handlers.undo} />
    </section>
  );
}

function ListFooter({
  hasMore,
  loadedMore,
  isLoading,
  onLoadMore,
}: {
  hasMore: boolean;
  loadedMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
}) {
  if (!hasMore) {
    return loadedMore ? <p className="mt-4 text-center text-sm text-zinc-600">That is everything.</p> : null;
  }
  return (
    <div className="mt-4 flex justify-center">
      <Button variant="secondary" onClick={onLoadMore} disabled={isLoading} aria-busy={isLoading}>
        {isLoading ? (
          <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600" />
        ) : null}
        Load more
      </Button>
    </div>
  );
}
