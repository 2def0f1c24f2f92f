"use client";
// The center list's behaviour: state from the pure reducer (notification-list-state.ts), every
// action shown at once through useOptimistic and kept only when the server confirms it (a refusal
// just ends the transition, so the screen goes back by itself and says why), changes from the bell
// applied as they come, and focus kept on something sensible when an item leaves the list.
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
import { belongs, initialListState, listReducer, type TListAction } from "./notification-list-state";
import { archiveMessage, loadedMessage, markAllMessage, readMessage } from "./notification-list-messages";
import type { TStatus } from "./notification-toast";

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
  useBellChanges(dispatch);

  function toggleRead(item: TNotificationItemView) {
    const isRead = item.readAt === null;
    if (!belongs({ ...item, readAt: isRead ? "now" : null }, view)) focus.afterRemoving(shown.items, item);
    act(
      { type: "read", ids: [item.id], isRead, at: new Date().toISOString() },
      withBusy(item.id, () => setNotificationsReadAction({ ids: [item.id], isRead })),
      () => {
        setStatus({ text: readMessage(item, isRead) });
        emitNotificationsChanged({ kind: "read", ids: [item.id], isRead });
      },
    );
  }

  function setArchived(item: TNotificationItemView, isArchived: boolean, isUndo = false) {
    const at = new Date().toISOString();
    if (!isUndo) focus.afterRemoving(shown.items, item);
    act(
      { type: "archive", item, isArchived, at },
      withBusy(item.id, () => setNotificationsArchivedAction({ ids: [item.id], isArchived })),
      () => {
        const undo = isUndo ? undefined : { ...item, archivedAt: isArchived ? at : null };
        setStatus({ text: archiveMessage(item, isArchived, isUndo, view), undo });
        if (isUndo) focus.on(item.id);
        emitNotificationsChanged({ kind: "archived", ids: [item.id], isArchived });
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
      ({ updated }) => setStatus({ text: markAllMessage(updated) }),
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
    dispatch({ type: "read", ids: [item.id], isRead: true, at: new Date().toISOString() });
  }

  const dismiss = () => {
    setStatus(null);
    setError(null);
  };
  const undo = (item: TNotificationItemView) => {
    setStatus(null);
    setArchived(item, item.archivedAt === null, true);
  };

  return {
    shown,
    headingRef: focus.headingRef,
    busyIds,
    pending,
    status,
    error,
    focus,
    handlers: { toggleRead, setArchived, markAllRead, loadMore, markOpened, dismiss, undo },
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
    startTransition(async () => {
      if (action) showNow(action);
      const result = await request();
      startTransition(() => {
        if (!result.ok) return setError(result.error);
        if (action) dispatch(action);
        onDone(result.data);
      });
    });
  }
  return { shown, dispatch, act, error, setError };
}

/** Changes made from the bell (or echoed from here) apply to what is on screen. */
function useBellChanges(dispatch: (action: TListAction) => void) {
  const router = useRouter();
  useEffect(
    () =>
      subscribeToNotificationsChanged((change) => {
        // The server re-renders the first page and the count; the reducer merges them ("server-render").
        if (change.kind === "server") return router.refresh();
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
  function withBusy<T>(id: string, request: () => Promise<TActionResult<T>>) {
    return async () => {
      setBusyIds((current) => new Set(current).add(id));
      const result = await request();
      setBusyIds((current) => new Set([...current].filter((other) => other !== id)));
      return result;
    };
  }
  return { busyIds, withBusy };
}

/** Where focus goes next: an item (after load more, undo) or, when the list empties, its heading. */
function useListFocus() {
  const [focusId, setFocusId] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusId) return;
    (focusId === "heading" ? headingRef.current : itemRefs.current.get(focusId))?.focus({
      preventScroll: focusId !== "heading",
    });
  }, [focusId]);
  return {
    headingRef,
    setItemRef(id: string, element: HTMLLIElement | null) {
      if (element) itemRefs.current.set(id, element);
      else itemRefs.current.delete(id);
    },
    on: setFocusId,
    afterRemoving(items: TNotificationItemView[], item: TNotificationItemView) {
      const index = items.findIndex((other) => other.id === item.id);
      const next = items[index + 1] ?? items[index - 1];
      setFocusId(next ? next.id : "heading");
    },
  };
}
