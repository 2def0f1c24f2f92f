// What the center says after each action (announced to screen readers; an archive's and a mark
// all read's with Undo). A bulk action says how many.
import type { TNotificationItemView, TNotificationView } from "@/lib/notifications/inbox/notification-view";

const countLabel = (count: number) => `${count} ${count === 1 ? "notification" : "notifications"}`;

export const readMessage = (item: TNotificationItemView, isRead: boolean) =>
  `Marked “${item.title}” as ${isRead ? "read" : "unread"}.`;

export function archiveMessage(
  item: TNotificationItemView,
  isArchived: boolean,
  isUndo: boolean,
  view: TNotificationView,
) {
  if (isUndo) return `“${item.title}” is back in ${view === "archived" ? "the archive" : "your inbox"}.`;
  return isArchived ? `Archived “${item.title}”.` : `Moved “${item.title}” to your inbox.`;
}

export const bulkReadMessage = (count: number, isRead: boolean) =>
  `Marked ${countLabel(count)} as ${isRead ? "read" : "unread"}.`;

export function bulkArchiveMessage(count: number, isArchived: boolean, isUndo: boolean, view: TNotificationView) {
  if (isUndo) return `${countLabel(count)} back in ${view === "archived" ? "the archive" : "your inbox"}.`;
  return isArchived ? `Archived ${countLabel(count)}.` : `Moved ${countLabel(count)} to your inbox.`;
}

export const markAllMessage = (updated: number) =>
  updated === 0 ? "Nothing to mark: you were all caught up." : `Marked ${updated} read.`;

export const markAllUndoneMessage = (count: number) => `${countLabel(count)} unread again.`;

export const loadedMessage = (count: number) =>
  `Loaded ${count} more ${count === 1 ? "notification" : "notifications"}.`;
