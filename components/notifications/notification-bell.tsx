"use client";
// The header bell: the unread count (rendered on the server first, then kept live by the summary
// stream, through the page's one store — unread-store.ts — that the center reads too), and a popover
// with the five newest notifications, "Mark all read" and a link to the center.
import Link from "next/link";
import { type MouseEvent, type Ref, useEffect, useId, useRef, useState, useTransition } from "react";
import { markAllNotificationsReadAction } from "@/app/notifications/actions";
import { useDismiss } from "@/components/layout/use-dismiss";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { RelativeTime } from "@/components/ui/time";
import { bellLabel, formatUnreadCount } from "./format-unread-count";
import { emitNotificationsChanged } from "./notification-events";
import type { TBellItem } from "@/lib/notifications/inbox/bell-summary";
import { useNotificationSummary } from "./use-notification-summary";
import { useOpenNotification } from "./use-open-notification";
import { unreadStore, useLatestNotifications, useUnreadCount } from "./unread-store";
import { muteTargetOf } from "@/lib/notifications/mutes/notification-about";
import { MuteMenu } from "./mute-menu";
import { TypeIcon } from "./type-icon";

export function NotificationBell({ initialCount }: { initialCount: number }) {
  const count = useUnreadCount(initialCount);
  const latest = useLatestNotifications();
  const { fetchedAt, refresh, invalidate } = useNotificationSummary();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isMarking, startMarking] = useTransition();
  const { open: openItem } = useOpenNotification();

  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useDismiss(isOpen, () => setIsOpen(false), { trigger: buttonRef, panel: panelRef });

  useEffect(() => {
    if (isOpen) panelRef.current?.focus();
  }, [isOpen]);

  function toggle() {
    setError(null);
    setIsOpen(!isOpen);
    if (!isOpen) void refresh();
  }

  function markAllRead() {
    setError(null);
    invalidate();
    unreadStore.markAllRead();
    startMarking(async () => {
      const result = await markAllNotificationsReadAction();
      if (result.ok) emitNotificationsChanged({ kind: "all-read" });
      else {
        setError(result.error);
        void refresh(); // the server's count and items again
      }
    });
  }

  function markOneReadLocally(id: string) {
    invalidate();
    unreadStore.markRead(id);
  }

  const badge = formatUnreadCount(count);
  const now = fetchedAt ?? new Date(0).toISOString();

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={toggle}
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        aria-haspopup="dialog"
        aria-label={bellLabel(count)}
        className="relative inline-flex h-10 w-10 items-center justify-center rounded-full text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 aria-expanded:bg-zinc-100"
      >
        <BellIcon />
        {badge ? (
          <span
            data-testid="bell-count"
            aria-hidden
            className="absolute right-0.5 top-0.5 inline-flex h-[1.125rem] min-w-[1.125rem] items-center justify-center rounded-full bg-red-600 px-1 text-[0.6875rem] font-bold leading-none text-white ring-2 ring-white"
          >
            {badge}
          </span>
        ) : null}
      </button>

      {isOpen ? (
        <BellPanel
          ref={panelRef}
          id={panelId}
          badge={badge}
          canMarkAll={!isMarking && count > 0}
          onMarkAllRead={markAllRead}
          error={error}
          latest={latest}
          now={now}
          onClose={() => setIsOpen(false)}
          onOpenItem={(event, item) => {
            setIsOpen(false);
            const href = item.url ?? "/notifications";
            openItem(event, { id: item.id, href, isUnread: item.readAt === null }, () => markOneReadLocally(item.id));
          }}
        />
      ) : null}
    </div>
  );
}

type TBellPanelProps = {
  ref: Ref<HTMLDivElement>;
  id: string;
  badge: string | null;
  canMarkAll: boolean;
  onMarkAllRead: () => void;
  error: string | null;
  latest: TBellItem[] | null;
  now: string;
  onClose: () => void;
  onOpenItem: (event: MouseEvent<HTMLAnchorElement>, item: TBellItem) => void;
};

/** The popover: the five newest, "Mark all read", and the way to the center. */
function BellPanel({
  ref,
  id,
  badge,
  canMarkAll,
  onMarkAllRead,
  error,
  latest,
  now,
  onClose,
  onOpenItem,
}: TBellPanelProps) {
  const headingId = useId();
  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      className="fixed inset-x-2 top-16 z-50 max-h-[calc(100dvh-5rem)] overflow-y-auto rounded-xl border border-zinc-200 bg-white shadow-lg focus:outline-none sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96"
    >
      <div className="flex items-center justify-between gap-3 border-b border-zinc-200 px-4 py-3">
        <h2 id={headingId} className="text-sm font-semibold text-zinc-900">
          Notifications {badge ? <span className="font-normal text-zinc-600">· {badge} unread</span> : null}
        </h2>
        <Button variant="ghost" size="sm" onClick={onMarkAllRead} disabled={!canMarkAll}>
          Mark all read
        </Button>
      </div>
      {error ? (
        <div className="px-4 pt-3">
          <FormMessage result={{ ok: false, error }} />
        </div>
      ) : null}
      {latest === null ? (
        <p className="px-4 py-6 text-center text-sm text-zinc-600" role="status">
          Loading…
        </p>
      ) : latest.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-zinc-600">
          Nothing yet. Match results, invites, payouts and team news will show up here.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {latest.map((item) => (
            <BellItem key={item.id} item={item} now={now} onOpen={(event) => onOpenItem(event, item)} />
          ))}
        </ul>
      )}
      <div className="border-t border-zinc-200 p-2">
        <Link
          href="/notifications"
          onClick={onClose}
          className="block rounded-md px-3 py-2 text-center text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          See all notifications
        </Link>
      </div>
    </div>
  );
}

function BellItem({
  item,
  now,
  onOpen,
}: {
  item: TBellItem;
  now: string;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const isUnread = item.readAt === null;
  return (
    <li className={`flex items-start gap-1 pr-2 ${isUnread ? "bg-brand-50" : ""}`}>
      <Link
        href={item.url ?? "/notifications"}
        onClick={onOpen}
        className="flex min-w-0 flex-1 items-start gap-3 py-3 pl-4 hover:bg-zinc-50 focus-visible:-outline-offset-2"
      >
        <TypeIcon type={item.type} className="mt-0.5 size-5 shrink-0 text-brand-700" />
        <span className="min-w-0 flex-1">
          <span className={`line-clamp-2 text-sm ${isUnread ? "font-semibold text-zinc-900" : "text-zinc-700"}`}>
            {item.title}
          </span>
          <RelativeTime
            value={item.createdAt}
            now={now}
            preciseText={item.timeFull}
            className="mt-0.5 block text-xs text-zinc-600"
          />
        </span>
        {isUnread ? (
          <>
            <span aria-hidden className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-brand-600" />
            <span className="sr-only">(unread)</span>
          </>
        ) : null}
      </Link>
      {item.about ? (
        <div className="py-2">
          <MuteMenu target={muteTargetOf(item.about)} name={item.about.name} isMuted={item.about.isMuted} isCompact />
        </div>
      ) : null}
    </li>
  );
}

function BellIcon() {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="h-6 w-6"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
