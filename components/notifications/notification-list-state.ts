// The center list's state and every change to it, as one pure reducer: what the server rendered,
// read/unread (one item, several, or all), archive/unarchive (one or several), and "Load more" pages. The unread
// count moves in one place (`readDelta`, `archiveDelta`), whoever made the change — this list, the
// bell, or an optimistic update that React drops again if the server refuses it.
import {
  isOlder,
  type TNotificationItemView,
  type TNotificationPageView,
  type TNotificationView,
} from "@/lib/notifications/inbox/notification-view";
import { appendPage, mergeFirstPage, type TLoadedList } from "./merge-pages";

export type TListState = TLoadedList & {
  /** The server's first page and unread count this state was last given (a new one is merged in). */
  source: TNotificationPageView;
  sourceUnread: number;
  /** Unread, not archived, across the whole inbox (the bell's number). */
  unreadCount: number;
};

export type TListAction =
  | { type: "server-render"; page: TNotificationPageView; unreadCount: number }
  /** `ids: "all"` is "Mark all read": every unread notification, shown or not. */
  | { type: "read"; ids: readonly string[] | "all"; isRead: boolean; at: string }
  /** One notification (a row's Archive, or its Undo) or several (a bulk archive, a group's). */
  | { type: "archive"; items: readonly TNotificationItemView[]; isArchived: boolean; at: string }
  | { type: "more"; page: TNotificationPageView };

export function initialListState(page: TNotificationPageView, unreadCount: number): TListState {
  return { items: page.items, nextCursor: page.nextCursor, source: page, sourceUnread: unreadCount, unreadCount };
}

/** Whether an item still belongs in this view after a change. */
export function belongs(item: TNotificationItemView, view: TNotificationView): boolean {
  if (view === "archived") return item.archivedAt !== null;
  return item.archivedAt === null && (view === "all" || item.readAt === null);
}

/** How the inbox's unread count moves when `item` becomes read (or unread). */
export function readDelta(item: TNotificationItemView, isRead: boolean): number {
  if (item.archivedAt !== null || (item.readAt !== null) === isRead) return 0;
  return isRead ? -1 : 1;
}

/** How the inbox's unread count moves when `item` is archived (or brought back). */
export function archiveDelta(item: TNotificationItemView, isArchived: boolean): number {
  if (item.readAt !== null || (item.archivedAt !== null) === isArchived) return 0;
  return isArchived ? -1 : 1;
}

function insertInOrder(items: TNotificationItemView[], item: TNotificationItemView): TNotificationItemView[] {
  const index = items.findIndex((other) => isOlder(other, item));
  return index === -1 ? [...items, item] : [...items.slice(0, index), item, ...items.slice(index)];
}

const withCount = (state: TListState, unreadCount: number): TListState => ({
  ...state,
  unreadCount: Math.max(0, unreadCount),
});

function read(state: TListState, action: Extract<TListAction, { type: "read" }>, view: TNotificationView) {
  const wanted = action.ids === "all" ? null : new Set(action.ids);
  let delta = 0;
  const items = state.items.map((item) => {
    if (wanted && !wanted.has(item.id)) return item;
    const change = readDelta(item, action.isRead);
    if (change === 0 && (item.readAt !== null) === action.isRead) return item;
    delta += change;
    return { ...item, readAt: action.isRead ? action.at : null };
  });
  if (wanted && items.every((item, index) => item === state.items[index])) return state;
  const shown = { ...state, items: items.filter((item) => belongs(item, view)) };
  return withCount(shown, action.ids === "all" ? 0 : state.unreadCount + delta);
}

function archive(state: TListState, action: Extract<TListAction, { type: "archive" }>, view: TNotificationView) {
  let items = state.items;
  let delta = 0;
  for (const given of action.items) {
    const item = items.find((other) => other.id === given.id) ?? given;
    if ((item.archivedAt !== null) === action.isArchived) continue;
    const updated = { ...item, archivedAt: action.isArchived ? action.at : null };
    const others = items.filter((other) => other.id !== item.id);
    items = belongs(updated, view) ? insertInOrder(others, updated) : others;
    delta += archiveDelta(item, action.isArchived);
  }
  if (items === state.items) return state;
  return withCount({ ...state, items }, state.unreadCount + delta);
}

/** The reducer of one view's list (the center remounts the list when the view changes). */
export function listReducer(view: TNotificationView) {
  return (state: TListState, action: TListAction): TListState => {
    switch (action.type) {
      case "server-render":
        return {
          ...mergeFirstPage(state, action.page),
          source: action.page,
          sourceUnread: action.unreadCount,
          unreadCount: action.unreadCount,
        };
      case "read":
        return read(state, action, view);
      case "archive":
        return archive(state, action, view);
      case "more":
        return { ...state, ...appendPage(state, action.page) };
    }
  };
}
