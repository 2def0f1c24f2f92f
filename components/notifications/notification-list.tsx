"use client";
// The center's list: the first page comes from the server, "Load more" appends keyset pages, and
// mark read / unread / archive / mark all read update the list at once (then the server confirms;
// a failure puts things back and says why). The bell hears about every change.
import { type MouseEvent, useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import {
  loadMoreNotificationsAction,
  markAllNotificationsReadAction,
  setNotificationsArchivedAction,
  setNotificationsReadAction,
} from "@/app/notifications/actions";
import { Button } from "@/components/ui/button";
import type { TNotificationType } from "@/lib/notifications/catalog";
import { appendPage, mergeFirstPage, type TLoadedList } from "./merge-pages";
import { NotificationEmptyState } from "./notification-empty-state";
import {
  emitNotificationsChanged,
  subscribeToNotificationsChanged,
  type TNotificationsChange,
} from "./notification-events";
import { NotificationItem } from "./notification-item";
import {
  isOlder,
  type TNotificationItemView,
  type TNotificationPageView,
  type TNotificationView,
} from "@/lib/notifications/inbox/notification-view";
import { useOpenNotification } from "./use-open-notification";

type TListState = TLoadedList & { source: TNotificationPageView; sourceUnread: number; unreadCount: number };
type TStatus = { text: string; undo?: TNotificationItemView } | null;

export type TNotificationListProps = {
  initialPage: TNotificationPageView;
  /** Unread, not archived — the bell's number. */
  unreadCount: number;
  view: TNotificationView;
  type: TNotificationType | null;
  heading: string;
  timeZone: string;
};

/** Whether an item still belongs in this view after a change. */
function belongs(item: TNotificationItemView, view: TNotificationView): boolean {
  if (view === "archived") return item.archivedAt !== null;
  return item.archivedAt === null && (view === "all" || item.readAt === null);
}

function insertInOrder(items: TNotificationItemView[], item: TNotificationItemView): TNotificationItemView[] {
  const index = items.findIndex((other) => isOlder(other, item));
  return index === -1 ? [...items, item] : [...items.slice(0, index), item, ...items.slice(index)];
}

export function NotificationList({ initialPage, unreadCount, view, type, heading, timeZone }: TNotificationListProps) {
  const [state, setState] = useState<TListState>({
    ...initialPage,
    source: initialPage,
    sourceUnread: unreadCount,
    unreadCount,
  });
  if (state.source !== initialPage || state.sourceUnread !== unreadCount) {
    // The server re-rendered (a server action revalidated the page): take its first page and count.
    setState({ ...mergeFirstPage(state, initialPage), source: initialPage, sourceUnread: unreadCount, unreadCount });
  }
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<TStatus>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [isLoadingMore, startLoadingMore] = useTransition();
  const [isMarkingAll, startMarkingAll] = useTransition();
  const { open } = useOpenNotification();
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusId) return;
    (focusId === "heading" ? headingRef.current : itemRefs.current.get(focusId))?.focus({
      preventScroll: focusId !== "heading",
    });
  }, [focusId]);

  // Changes made from the bell (or echoed from here) apply to what is on screen.
  useEffect(
    () =>
      subscribeToNotificationsChanged((change: TNotificationsChange) => {
        if (change.kind === "archived") return;
        const now = new Date().toISOString();
        setState((current) => {
          const wanted = change.kind === "all-read" ? null : new Set(change.ids);
          const isRead = change.kind === "all-read" ? true : change.isRead;
          let delta = 0;
          const items = current.items.map((item) => {
            if (wanted && !wanted.has(item.id)) return item;
            if ((item.readAt !== null) === isRead) return item;
            if (item.archivedAt === null) delta += isRead ? -1 : 1;
            return { ...item, readAt: isRead ? now : null };
          });
          if (delta === 0 && change.kind !== "all-read") return current;
          return {
            ...current,
            items: items.filter((item) => belongs(item, view)),
            unreadCount: change.kind === "all-read" ? 0 : Math.max(0, current.unreadCount + delta),
          };
        });
      }),
    [view],
  );

  function setBusy(id: string, isBusy: boolean) {
    setBusyIds((current) => {
      const next = new Set(current);
      if (isBusy) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** Applies a local change now; returns a function that puts the list back. */
  function applyLocally(change: (current: TListState) => TListState): () => void {
    let snapshot: TListState | null = null;
    setState((current) => {
      snapshot ??= current;
      return change(current);
    });
    return () => {
      if (snapshot) setState({ ...snapshot, source: initialPage, sourceUnread: unreadCount });
    };
  }

  function focusAfterRemoving(item: TNotificationItemView) {
    const index = state.items.findIndex((other) => other.id === item.id);
    const next = state.items[index + 1] ?? state.items[index - 1];
    setFocusId(next ? next.id : "heading");
  }

  async function toggleRead(item: TNotificationItemView) {
    const isRead = item.readAt === null;
    setError(null);
    setBusy(item.id, true);
    const revert = applyLocally((current) => {
      const updated = { ...item, readAt: isRead ? new Date().toISOString() : null };
      const items = current.items
        .map((other) => (other.id === item.id ? updated : other))
        .filter((other) => belongs(other, view));
      const delta = item.archivedAt === null ? (isRead ? -1 : 1) : 0;
      return { ...current, items, unreadCount: Math.max(0, current.unreadCount + delta) };
    });
    if (!belongs({ ...item, readAt: isRead ? "now" : null }, view)) focusAfterRemoving(item);
    const result = await setNotificationsReadAction({ ids: [item.id], isRead });
    setBusy(item.id, false);
    if (!result.ok) {
      revert();
      setError(result.error);
      return;
    }
    setStatus({ text: isRead ? `Marked “${item.title}” as read.` : `Marked “${item.title}” as unread.` });
    emitNotificationsChanged({ kind: "read", ids: [item.id], isRead });
  }

  async function setArchived(item: TNotificationItemView, isArchived: boolean, isUndo = false) {
    setError(null);
    setBusy(item.id, true);
    const updated = { ...item, archivedAt: isArchived ? new Date().toISOString() : null };
    const delta = item.readAt === null ? (isArchived ? -1 : 1) : 0;
    const revert = applyLocally((current) => {
      const others = current.items.filter((other) => other.id !== item.id);
      const items = belongs(updated, view) ? insertInOrder(others, updated) : others;
      return { ...current, items, unreadCount: Math.max(0, current.unreadCount + delta) };
    });
    if (!isUndo) focusAfterRemoving(item);
    const result = await setNotificationsArchivedAction({ ids: [item.id], isArchived });
    setBusy(item.id, false);
    if (!result.ok) {
      revert();
      setError(result.error);
      return;
    }
    if (isUndo) {
      setStatus({
        text:
          view === "archived" ? `“${item.title}” is back in the archive.` : `“${item.title}” is back in your inbox.`,
      });
      setFocusId(item.id);
    } else {
      setStatus({
        text: isArchived ? `Archived “${item.title}”.` : `Moved “${item.title}” to your inbox.`,
        undo: updated,
      });
    }
    emitNotificationsChanged({ kind: "archived", ids: [item.id], isArchived });
  }

  function markAllRead() {
    setError(null);
    startMarkingAll(async () => {
      const now = new Date().toISOString();
      const revert = applyLocally((current) => ({
        ...current,
        items: current.items
          .map((item) => (item.readAt === null && item.archivedAt === null ? { ...item, readAt: now } : item))
          .filter((item) => belongs(item, view)),
        unreadCount: 0,
      }));
      const result = await markAllNotificationsReadAction();
      // Outside the transition, so the bell drops to zero now, not with the server refresh.
      if (result.ok) emitNotificationsChanged({ kind: "all-read" });
      startMarkingAll(() => {
        if (!result.ok) {
          revert();
          setError(result.error);
          return;
        }
        setStatus({
          text:
            result.data.updated === 0
              ? "Nothing to mark: you were all caught up."
              : `Marked ${result.data.updated} ${result.data.updated === 1 ? "notification" : "notifications"} as read.`,
        });
      });
    });
  }

  function loadMore() {
    const cursor = state.nextCursor;
    if (!cursor) return;
    setError(null);
    startLoadingMore(async () => {
      const result = await loadMoreNotificationsAction({ cursor, view, type: type ?? undefined, timeZone });
      startLoadingMore(() => {
        if (!result.ok) {
          setError(result.error);
          return;
        }
        const fresh = result.data.items.filter((item) => !state.items.some((other) => other.id === item.id));
        setState((current) => ({ ...current, ...appendPage(current, result.data) }));
        setStatus({
          text: fresh.length === 1 ? "Loaded 1 more notification." : `Loaded ${fresh.length} more notifications.`,
        });
        if (fresh[0]) setFocusId(fresh[0].id);
      });
    });
  }

  const canMarkAll = view !== "archived";
  const hasUnreadShown = state.items.some((item) => item.readAt === null && item.archivedAt === null);

  return (
    // The bottom padding keeps "Load more" clear of the floating message when scrolled to the end.
    <section aria-labelledby="notification-list-heading" className="pb-20">
      <div className="mb-3 flex min-h-9 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id="notification-list-heading" ref={headingRef} tabIndex={-1} className="text-sm font-medium text-zinc-700">
          {heading}
          {canMarkAll ? (
            <span className="text-zinc-600">
              {" "}
              · {state.unreadCount === 0 ? "all read" : `${state.unreadCount} unread${type ? " across all types" : ""}`}
            </span>
          ) : null}
        </h2>
        {canMarkAll ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={markAllRead}
            disabled={isMarkingAll || (state.unreadCount === 0 && !hasUnreadShown)}
          >
            Mark all read
          </Button>
        ) : null}
      </div>

      {state.items.length === 0 ? (
        <NotificationEmptyState view={view} type={type} />
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {state.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              isArchiveView={view === "archived"}
              isBusy={busyIds.has(item.id)}
              itemRef={(element) => {
                if (element) itemRefs.current.set(item.id, element);
                else itemRefs.current.delete(item.id);
              }}
              actions={{
                onToggleRead: () => void toggleRead(item),
                onToggleArchived: () => void setArchived(item, view !== "archived"),
                onOpen: (event: MouseEvent<HTMLAnchorElement>) =>
                  open(
                    event,
                    { id: item.id, href: item.href ?? "/notifications", isUnread: item.readAt === null },
                    () =>
                      applyLocally((current) => ({
                        ...current,
                        items: current.items.map((other) =>
                          other.id === item.id ? { ...other, readAt: new Date().toISOString() } : other,
                        ),
                        unreadCount: Math.max(0, current.unreadCount - (item.archivedAt === null ? 1 : 0)),
                      })),
                  ),
              }}
            />
          ))}
        </ul>
      )}

      {state.nextCursor ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={loadMore} disabled={isLoadingMore} aria-busy={isLoadingMore}>
            {isLoadingMore ? (
              <span
                aria-hidden
                className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600"
              />
            ) : null}
            Load more
          </Button>
        </div>
      ) : state.items.length > 0 && state.items.length > initialPage.items.length ? (
        <p className="mt-4 text-center text-sm text-zinc-600">That is everything.</p>
      ) : null}

      <Toast
        status={status}
        error={error}
        onDismiss={() => {
          setStatus(null);
          setError(null);
        }}
        onUndo={(item) => {
          setStatus(null);
          void setArchived(item, item.archivedAt === null, true);
        }}
      />
    </section>
  );
}

const TOAST_MS = 6_000;

/**
 * Results of actions are announced (status politely, errors at once); an archive's Undo and
 * errors also float at the bottom of the screen (so the list never shifts), staying while
 * hovered or focused.
 */
function Toast({
  status,
  error,
  onDismiss,
  onUndo,
}: {
  status: TStatus;
  error: string | null;
  onDismiss: () => void;
  onUndo: (item: TNotificationItemView) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Routine results are only announced; an archive (with its Undo) and errors are also shown.
  const isVisible = Boolean(status?.undo || error);
  const dismissIfIdle = useEffectEvent(() => {
    const element = ref.current;
    if (element && (element.matches(":hover") || element.contains(document.activeElement))) return;
    onDismiss();
  });
  useEffect(() => {
    if (!isVisible) return;
    const timer = window.setInterval(() => dismissIfIdle(), TOAST_MS);
    return () => window.clearInterval(timer);
  }, [isVisible, status, error]);

  return (
    <>
      {/* Always in the page, so screen readers announce what is put in them. */}
      <div role="status" className="sr-only">
        {status && !error ? status.text : ""}
      </div>
      <div role="alert" className="sr-only">
        {error ?? ""}
      </div>
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {isVisible ? (
          <div
            ref={ref}
            className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg py-2 pl-4 pr-2 text-sm shadow-lg ${error ? "bg-red-700 text-white" : "bg-zinc-900 text-white"}`}
          >
            <span aria-hidden className="min-w-0 break-words">
              {error ?? status?.text}
            </span>
            {status?.undo && !error ? (
              <button
                type="button"
                className="shrink-0 rounded px-2 py-1 font-semibold text-brand-100 underline underline-offset-2 hover:bg-white/10"
                onClick={() => status.undo && onUndo(status.undo)}
              >
                Undo
              </button>
            ) : null}
            <button
              type="button"
              aria-label="Dismiss message"
              className="shrink-0 rounded px-2 py-0.5 text-lg leading-none text-zinc-300 hover:bg-white/10 hover:text-white"
              onClick={onDismiss}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
