"use client";
// What the selected notifications can have done to them, all in one request each: "N selected ·
// Mark read · Mark unread · Archive · Clear". It stays in view while the list scrolls.
import { NOTIFICATION_IDS_MAX } from "@/lib/notifications/inbox/notification-view";

const ACTION = "rounded px-2 py-1 font-semibold hover:bg-white/15 disabled:cursor-not-allowed disabled:opacity-60";

export function NotificationBulkBar({
  count,
  isArchiveView,
  isBusy,
  onRead,
  onUnread,
  onArchive,
  onClear,
}: {
  count: number;
  isArchiveView: boolean;
  isBusy: boolean;
  onRead: () => void;
  onUnread: () => void;
  onArchive: () => void;
  onClear: () => void;
}) {
  // One change names at most NOTIFICATION_IDS_MAX notifications (the server says the same).
  const isTooMany = count > NOTIFICATION_IDS_MAX;
  const isDisabled = isBusy || isTooMany;
  return (
    <div
      role="group"
      aria-label="Bulk actions"
      className="sticky top-2 z-20 mb-3 flex flex-wrap items-center gap-x-1 gap-y-1 rounded-lg bg-zinc-900 px-3 py-2 text-sm text-white shadow-lg"
    >
      <span className="mr-1 font-semibold" data-testid="selected-count">
        {count} selected
      </span>
      {isTooMany ? <span className="mr-1">(at most {NOTIFICATION_IDS_MAX} at a time)</span> : null}
      <span aria-hidden>·</span>
      <button type="button" className={ACTION} onClick={onRead} disabled={isDisabled}>
        Mark read
      </button>
      <span aria-hidden>·</span>
      <button type="button" className={ACTION} onClick={onUnread} disabled={isDisabled}>
        Mark unread
      </button>
      <span aria-hidden>·</span>
      <button type="button" className={ACTION} onClick={onArchive} disabled={isDisabled}>
        {isArchiveView ? "Move to inbox" : "Archive"}
      </button>
      <span aria-hidden>·</span>
      <button type="button" className={ACTION} onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
