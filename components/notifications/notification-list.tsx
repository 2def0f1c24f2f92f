"use client";
// The center's list: the first page comes from the server, "Load more" appends keyset pages, and
// mark read / unread / archive / mark all read show at once (then the server confirms; a failure
// puts things back and says why). Runs of one kind of notice about one thing fold into a group
// row; checkboxes (Shift+click for a range) pick notifications for the bulk bar; keyboard
// shortcuts (the "?" help) triage without the mouse. The bell hears about every change. Behaviour
// lives in use-notification-list.ts (over the pure reducers of notification-list-state.ts and
// notification-selection.ts); this file draws.
import { useMemo, useReducer, useState } from "react";
import type { TNotificationType } from "@/lib/notifications/catalog";
import type {
  TNotificationItemView,
  TNotificationPageView,
  TNotificationView,
} from "@/lib/notifications/inbox/notification-view";
import { NewArrivalsBanner } from "./new-arrivals-banner";
import { NotificationBulkBar } from "./notification-bulk-bar";
import { NotificationEmptyState } from "./notification-empty-state";
import { NotificationGroupRow } from "./notification-group-row";
import { groupAdjacent } from "./notification-groups";
import { NotificationItem } from "./notification-item";
import { NotificationListFooter } from "./notification-list-footer";
import { NotificationListHeader } from "./notification-list-header";
import { EMPTY_SELECTION, selectionReducer } from "./notification-selection";
import type { TShortcutId } from "./notification-shortcuts";
import { ShortcutsHelp } from "./notification-shortcuts-help";
import { NotificationToast } from "./notification-toast";
import { RowCheckbox } from "./row-checkbox";
import { useListShortcuts } from "./use-list-shortcuts";
import { useNotificationList } from "./use-notification-list";
import { useOpenNotification } from "./use-open-notification";
import { useUnreadCount } from "./unread-store";

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
  const { shown, listRef, headingRef, busyIds, pending, status, error, focus, handlers } = useNotificationList(props);
  const { open } = useOpenNotification();
  const [selection, select] = useReducer(selectionReducer, EMPTY_SELECTION);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const rows = useMemo(() => groupAdjacent(shown.items), [shown.items]);
  const order = shown.items.map((item) => item.id);
  // Only what is still shown counts (a notice archived elsewhere leaves the selection).
  const selected = shown.items.filter((item) => selection.ids.has(item.id));
  const isArchiveView = view === "archived";
  const canMarkAll = !isArchiveView;
  const hasUnreadShown = shown.items.some((item) => item.readAt === null && item.archivedAt === null);
  // The page's one count (unread-store.ts): the bell, the Unread tab and this line always agree.
  const unreadCount = useUnreadCount(props.unreadCount);
  const canMarkAllNow = canMarkAll && pending !== "mark-all" && (unreadCount > 0 || hasUnreadShown);

  const toggleSelected = (items: readonly TNotificationItemView[], isRange: boolean) =>
    select({ type: "toggle", ids: items.map((item) => item.id), isRange, order });
  const onBulk = (run: (items: TNotificationItemView[]) => void) => () => {
    run(selected);
    select({ type: "clear" });
  };

  /** The notifications of a row (a group's, or one). */
  const itemsOfRow = (rowId: string): TNotificationItemView[] => {
    const group = rows.find((row) => row.kind === "group" && row.key === rowId);
    if (group?.kind === "group") return group.items;
    const item = shown.items.find((other) => other.id === rowId);
    return item ? [item] : [];
  };
  useListShortcuts((id: TShortcutId) => {
    if (id === "next" || id === "previous") focus.move(id === "next" ? 1 : -1);
    else if (id === "help") setIsHelpOpen(true);
    else if (id === "escape") {
      if (selection.ids.size === 0) return false;
      select({ type: "clear" });
    } else if (id === "mark-all-read") {
      if (!canMarkAllNow) return false;
      handlers.markAllRead();
    } else {
      const items = itemsOfRow(focus.focusedRowId() ?? "");
      if (items.length === 0) return false;
      if (id === "archive") handlers.setArchived(items, !isArchiveView);
      else if (id === "toggle-read") handlers.toggleRead(items);
      else toggleSelected(items, false);
    }
    return true;
  });

  const renderItem = (item: TNotificationItemView) => (
    <NotificationItem
      key={item.id}
      item={item}
      isArchiveView={isArchiveView}
      isBusy={busyIds.has(item.id)}
      isSelected={selection.ids.has(item.id)}
      actions={{
        onToggleRead: () => handlers.toggleRead([item]),
        onToggleArchived: () => handlers.setArchived([item], !isArchiveView),
        onSelect: (isRange) => toggleSelected([item], isRange),
        onOpen: (event) =>
          open(event, { id: item.id, href: item.href ?? "/notifications", isUnread: item.readAt === null }, () =>
            handlers.markOpened(item),
          ),
      }}
    />
  );

  return (
    // The bottom padding keeps "Load more" clear of the floating message when scrolled to the end.
    <section aria-labelledby="notification-list-heading" className="pb-20">
      <NotificationListHeader
        heading={heading}
        headingRef={headingRef}
        unreadNote={
          canMarkAll
            ? unreadCount === 0
              ? "all read"
              : `${unreadCount} unread${type ? " across all types" : ""}`
            : null
        }
        canMarkAll={canMarkAll}
        canMarkAllNow={canMarkAllNow}
        onMarkAllRead={handlers.markAllRead}
        onShowShortcuts={() => setIsHelpOpen(true)}
      />

      <NewArrivalsBanner
        newestShown={shown.items[0] ?? null}
        view={view}
        type={type}
        onShown={() => headingRef.current?.focus()}
      />
      {shown.items.length === 0 ? (
        <NotificationEmptyState view={view} type={type} />
      ) : (
        <>
          <label className="mb-2 flex w-fit cursor-pointer items-center gap-2 px-3 text-sm text-zinc-700 sm:px-5">
            <RowCheckbox
              label="Select all shown"
              isChecked={selected.length === shown.items.length}
              isMixed={selected.length > 0 && selected.length < shown.items.length}
              onSelect={() =>
                select(selected.length === shown.items.length ? { type: "clear" } : { type: "all", ids: order })
              }
            />
            Select all shown
          </label>
          {selected.length > 0 ? (
            <NotificationBulkBar
              count={selected.length}
              isArchiveView={isArchiveView}
              isBusy={selected.some((item) => busyIds.has(item.id))}
              onRead={onBulk((items) => handlers.setRead(items, true))}
              onUnread={onBulk((items) => handlers.setRead(items, false))}
              onArchive={onBulk((items) => handlers.setArchived(items, !isArchiveView))}
              onClear={() => select({ type: "clear" })}
            />
          ) : null}
          <div ref={listRef}>
            <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white shadow-sm">
              {rows.map((row) =>
                row.kind === "item" ? (
                  renderItem(row.item)
                ) : (
                  <NotificationGroupRow
                    key={row.key}
                    rowKey={row.key}
                    label={row.label}
                    items={row.items}
                    isArchiveView={isArchiveView}
                    isBusy={row.items.some((item) => busyIds.has(item.id))}
                    selectedCount={row.items.filter((item) => selection.ids.has(item.id)).length}
                    onSelect={(isRange) => toggleSelected(row.items, isRange)}
                    onToggleRead={() => handlers.toggleRead(row.items)}
                    onToggleArchived={() => handlers.setArchived(row.items, !isArchiveView)}
                  >
                    {row.items.map(renderItem)}
                  </NotificationGroupRow>
                ),
              )}
            </ul>
          </div>
        </>
      )}

      <NotificationListFooter
        hasMore={shown.nextCursor !== null}
        loadedMore={shown.items.length > 0 && shown.items.length > initialPage.items.length}
        isLoading={pending === "load-more"}
        onLoadMore={handlers.loadMore}
      />
      <NotificationToast status={status} error={error} onDismiss={handlers.dismiss} onUndo={handlers.undo} />
      <ShortcutsHelp isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
    </section>
  );
}
