"use client";
// The center list's behaviour: state from the pure reducer (notification-list-state.ts), every
// action — on one notification, a group or a bulk selection, each one request — shown at once
// through useOptimistic and kept only when the server confirms it (a refusal just ends the
// transition, so the screen goes back by itself and says why), Undo for archive and mark all read,
// changes from the bell applied as they come, and focus kept on something sensible when a row leaves.
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useMemo, useOptimistic, useReducer, useRef, useState } from "react";
import {
  loadMoreNotificationsAction,
  markAllNotificationsReadAction,
  setNotificationsArchivedAction,
  setNotificationsReadAction,
} from "@/app/notifications/actions";
import type { TActionResult } from "@/lib/actions/action-result";
import type { TNotificationType } from "@/lib/notifications/catalog";
import type {
  TNotificationItemView,
  TNotificationPageView,
  TNotificationView,
} from "@/lib/notifications/inbox/notification-view";
import { emitNotificationsChanged, subscribeToNotificationsChanged } from "./notification-events";
import { belongs, initialListState, listReducer, type TListAction, type TListState } from "./notification-list-state";
import { countNewArrivals } from "./new-arrivals";
import { unreadStore } from "./unread-store";
import {
  archiveMessage,
  bulkArchiveMessage,
  bulkReadMessage,
  loadedMessage,
  markAllMessage,
  markAllUndoneMessage,
  readMessage,
} from "./notification-list-messages";
import type { TStatus, TUndo } from "./notification-toast";
import { useListFocus } from "./use-list-focus";

type TOptions = {
  initialPage: TNotificationPageView;
  unreadCount: number;
  view: TNotificationView;
  type: TNotificationType | null;
  timeZone: string;
};

export function useNotificationList({ initialPage, unreadCount, view, type, timeZone }: TOptions) {
  const { shown, dispatch, act, error, setError } = useOptimisticList(initialPage, unreadCount, view);
  const { busyIds, withBusy } = useBusyIds();
  const [pending, setPending] = useState<"mark-all" | "load-more" | null>(null);
  const pendingWhile =
    <T>(kind: "mark-all" | "load-more", request: () => Promise<TActionResult<T>>) =>
    async () => {
      setPending(kind);
      try {
        return await request();
      } finally {
        setPending(null);
      }
    };
  const [status, setStatus] = useState<TStatus>(null);
  const focus = useListFocus();
  useBellChanges(dispatch, shown.items, { view, type });

  /** One notification (a row), a group's, or a bulk selection's, in one request. */
  function setRead(items: readonly TNotificationItemView[], isRead: boolean) {
    const ids = items.map((item) => item.id);
    const [only] = items;
    if (!only) return;
    if (items.some((item) => !belongs({ ...item, readAt: isRead ? "now" : null }, view))) focus.afterRemoving(ids);
    act(
      { type: "read", ids, isRead, at: new Date().toISOString() },
      withBusy(ids, () => setNotificationsReadAction({ ids, isRead })),
      () => {
        setStatus({ text: items.length === 1 ? readMessage(only, isRead) : bulkReadMessage(items.length, isRead) });
        emitNotificationsChanged({ kind: "read", ids, isRead });
      },
    );
  }

  /** Read if any is unread, else unread (a row's toggle, a group's, `u`). */
  const toggleRead = (items: readonly TNotificationItemView[]) =>
    setRead(
      items,
      items.some((item) => item.readAt === null),
    );

  function setArchived(items: readonly TNotificationItemView[], isArchived: boolean, isUndo = false) {
    const at = new Date().toISOString();
    const ids = items.map((item) => item.id);
    const [only] = items;
    if (!only) return;
    if (!isUndo) focus.afterRemoving(ids);
    act(
      { type: "archive", items, isArchived, at },
      withBusy(ids, () => setNotificationsArchivedAction({ ids, isArchived })),
      () => {
        const text =
          items.length === 1
            ? archiveMessage(only, isArchived, isUndo, view)
            : bulkArchiveMessage(items.length, isArchived, isUndo, view);
        const changed = items.map((item) => ({ ...item, archivedAt: isArchived ? at : null }));
        setStatus({ text, undo: isUndo ? undefined : { kind: "archive", items: changed, isArchived: !isArchived } });
        if (isUndo) focus.on(only.id);
        emitNotificationsChanged({ kind: "archived", ids, isArchived });
      },
    );
  }

  function markAllRead() {
    act(
      { type: "read", ids: "all", isRead: true, at: new Date().toISOString() },
      pendingWhile("mark-all", async () => {
        const result = await markAllNotificationsReadAction();
        // Before the transition ends, so the bell drops to zero now, not with the server refresh.
        if (result.ok) emitNotificationsChanged({ kind: "all-read" });
        return result;
      }),
      ({ updated, ids }) =>
        setStatus({
          text: markAllMessage(updated),
          // Too many for one Undo (ids null): the message stands alone.
          undo: ids && ids.length > 0 ? { kind: "unread", ids } : undefined,
        }),
    );
  }

  /** Undo of "Mark all read": exactly the ones it marked, unread again. */
  function markUnreadAgain(ids: string[]) {
    act(
      { type: "read", ids, isRead: false, at: new Date().toISOString() },
      withBusy(ids, () => setNotificationsReadAction({ ids, isRead: false })),
      ({ updated }) => {
        setStatus({ text: markAllUndoneMessage(updated) });
        emitNotificationsChanged({ kind: "read", ids, isRead: false });
      },
    );
  }

  function loadMore() {
    const cursor = shown.nextCursor;
    if (!cursor) return;
    act(
      null,
      pendingWhile("load-more", () => loadMoreNotificationsAction({ cursor, view, type: type ?? undefined, timeZone })),
      (page) => {
        const fresh = page.items.filter((item) => !shown.items.some((other) => other.id === item.id));
        dispatch({ type: "more", page });
        setStatus({ text: loadedMessage(fresh.length) });
        if (fresh[0]) focus.on(fresh[0].id);
      },
    );
  }

  /** Opening an unread item marks it read here at once (useOpenNotification tells the server). */
  function markOpened(item: TNotificationItemView) {
    if (item.readAt === null && item.archivedAt === null) unreadStore.adjust(-1);
    dispatch({ type: "read", ids: [item.id], isRead: true, at: new Date().toISOString() });
  }

  const dismiss = () => {
    setStatus(null);
    setError(null);
  };
  const undo = (what: TUndo) => {
    setStatus(null);
    if (what.kind === "archive") setArchived(what.items, what.isArchived, true);
    else markUnreadAgain(what.ids);
  };

  return {
    shown,
    listRef: focus.listRef,
    headingRef: focus.headingRef,
    busyIds,
    pending,
    status,
    error,
    focus,
    handlers: { setRead, toggleRead, setArchived, markAllRead, loadMore, markOpened, dismiss, undo },
  };
}

/**
 * The list's state (the reducer's) and what the screen shows (useOptimistic over it): `act` shows an
 * action at once and keeps it only when its request succeeds; a refusal ends the transition, so the
 * screen goes back by itself, and the error is kept to say why.
 */
function useOptimisticList(initialPage: TNotificationPageView, unreadCount: number, view: TNotificationView) {
  const reducer = useMemo(() => listReducer(view), [view]);
  const [state, dispatch] = useReducer(reducer, initialListState(initialPage, unreadCount));
  if (state.source !== initialPage || state.sourceUnread !== unreadCount) {
    // The server re-rendered (a server action revalidated the page): take its first page and count.
    dispatch({ type: "server-render", page: initialPage, unreadCount });
  }
  const [shown, showNow] = useOptimistic(state, reducer);
  const [error, setError] = useState<string | null>(null);

  function act<T>(action: TListAction | null, request: () => Promise<TActionResult<T>>, onDone: (data: T) => void) {
    setError(null);
    // The page's one count (unread-store.ts) moves with what is shown, and back if the server refuses.
    const delta = action ? unreadDelta(reducer, shown, action) : 0;
    startTransition(async () => {
      if (action) showNow(action);
      unreadStore.adjust(delta);
      const result = await request();
      startTransition(() => {
        if (!result.ok) {
          unreadStore.adjust(-delta);
          return setError(result.error);
        }
        if (action) dispatch(action);
        onDone(result.data);
      });
    });
  }
  return { shown, dispatch, act, error, setError };
}

/** How far an action moves the unread count: "mark all read" to zero, else the reducer's difference. */
function unreadDelta(reducer: ReturnType<typeof listReducer>, shown: TListState, action: TListAction): number {
  if (action.type === "read" && action.ids === "all") return -(unreadStore.get().count ?? shown.unreadCount);
  return reducer(shown, action).unreadCount - shown.unreadCount;
}

/**
 * Changes made from the bell (or echoed from here) apply to what is on screen. A change on the
 * server refreshes the list — unless it brought new notifications above the newest shown: then the
 * list stays put and offers them ("1 new notification — show", new-arrivals-banner.tsx).
 */
function useBellChanges(
  dispatch: (action: TListAction) => void,
  items: readonly TNotificationItemView[],
  filter: { view: TNotificationView; type: TNotificationType | null },
) {
  const router = useRouter();
  const current = useRef({ items, filter });
  useEffect(() => {
    current.current = { items, filter };
  });
  useEffect(
    () =>
      subscribeToNotificationsChanged((change) => {
        if (change.kind === "server") {
          const [newest] = current.current.items;
          const arrivals = countNewArrivals(unreadStore.get().latest, newest ?? null, current.current.filter);
          // The server re-renders the first page and the count; the reducer merges them ("server-render").
          return arrivals.count > 0 ? undefined : router.refresh();
        }
        if (change.kind === "archived") return;
        const at = new Date().toISOString();
        if (change.kind === "all-read") dispatch({ type: "read", ids: "all", isRead: true, at });
        else dispatch({ type: "read", ids: change.ids, isRead: change.isRead, at });
      }),
    [dispatch, router],
  );
}

/** The items with a request out (their buttons wait for it). */
function useBusyIds() {
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  function withBusy<T>(ids: readonly string[], request: () => Promise<TActionResult<T>>) {
    return async () => {
      setBusyIds((current) => new Set([...current, ...ids]));
      const result = await request();
      setBusyIds((current) => new Set([...current].filter((other) => !ids.includes(other))));
      return result;
    };
  }
  return { busyIds, withBusy };
}
