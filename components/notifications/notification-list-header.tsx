// The top of the center's list: its heading (with the unread count; focus lands here when the list
// empties), "Keyboard shortcuts" and "Mark all read".
import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { ShortcutsButton } from "./notification-shortcuts-help";

export function NotificationListHeader({
  heading,
  headingRef,
  unreadNote,
  canMarkAll,
  canMarkAllNow,
  onMarkAllRead,
  onShowShortcuts,
}: {
  heading: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** "3 unread", "all read"; null where it does not apply (the archive). */
  unreadNote: string | null;
  canMarkAll: boolean;
  canMarkAllNow: boolean;
  onMarkAllRead: () => void;
  onShowShortcuts: () => void;
}) {
  return (
    <div className="mb-3 flex min-h-9 flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <h2 id="notification-list-heading" ref={headingRef} tabIndex={-1} className="text-sm font-medium text-zinc-700">
        {heading}
        {unreadNote ? <span className="text-zinc-600"> · {unreadNote}</span> : null}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <ShortcutsButton onClick={onShowShortcuts} />
        {canMarkAll ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={onMarkAllRead}
            disabled={!canMarkAllNow}
            aria-keyshortcuts="Shift+I"
          >
            Mark all read
          </Button>
        ) : null}
      </div>
    </div>
  );
}
