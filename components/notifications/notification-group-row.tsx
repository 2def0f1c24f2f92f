"use client";
// A run of notices of one type about one tournament or team, as one row ("3 match results from
// Crown Cup"): selecting it selects them all, its actions act on them all, and it opens to show
// each one (notification-groups.ts decides the runs).
import { ChevronRight } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { muteOf, NotificationRowActions } from "./notification-row-actions";
import { RowCheckbox } from "./row-checkbox";
import { TypeIcon } from "./type-icon";

export function NotificationGroupRow({
  rowKey,
  label,
  items,
  isArchiveView,
  isBusy,
  selectedCount,
  onSelect,
  onToggleRead,
  onToggleArchived,
  children,
}: {
  rowKey: string;
  label: string;
  items: TNotificationItemView[];
  isArchiveView: boolean;
  isBusy: boolean;
  selectedCount: number;
  onSelect: (isRange: boolean) => void;
  onToggleRead: () => void;
  onToggleArchived: () => void;
  /** The group's own rows, shown when it is open. */
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const itemsId = useId();
  const labelId = useId();
  const [newest] = items;
  const unread = items.filter((item) => item.readAt === null).length;
  const isSelected = selectedCount === items.length;
  return (
    <li data-testid="notification-group" className="first:rounded-t-xl last:rounded-b-xl">
      <div
        tabIndex={-1}
        data-row-id={rowKey}
        data-row-items={items.map((item) => item.id).join(" ")}
        role="group"
        aria-labelledby={labelId}
        className={`group/row flex gap-3 px-3 py-4 focus-visible:-outline-offset-2 sm:gap-4 sm:px-5 ${isSelected ? "bg-brand-100/60" : unread > 0 ? "bg-brand-50/70" : "bg-white"}`}
      >
        <RowCheckbox
          label={`Select: ${label}`}
          isChecked={isSelected}
          isMixed={selectedCount > 0 && !isSelected}
          onSelect={onSelect}
        />
        <div
          aria-hidden
          className="hidden h-10 w-10 shrink-0 items-center justify-center rounded-full bg-white text-brand-700 ring-1 ring-zinc-200 sm:flex"
        >
          {newest ? <TypeIcon type={newest.type} /> : null}
        </div>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-zinc-600">
            {unread > 0 ? (
              <>
                <span aria-hidden className="h-2 w-2 rounded-full bg-brand-600" />
                <span className="font-semibold text-brand-700">{unread} unread</span>
                <span aria-hidden>·</span>
              </>
            ) : null}
            <span className="font-medium text-zinc-700">{newest?.typeLabel}</span>
            <span aria-hidden>·</span>
            <span>
              latest{" "}
              <time dateTime={newest?.createdAt} title={newest?.timeFull}>
                {newest?.timeAgo}
              </time>
            </span>
          </p>
          <h3
            id={labelId}
            className={`mt-1 text-base leading-snug ${unread > 0 ? "font-semibold text-zinc-950" : "font-medium text-zinc-800"}`}
          >
            <button
              type="button"
              aria-expanded={isOpen}
              aria-controls={itemsId}
              onClick={() => setIsOpen(!isOpen)}
              className="inline-flex items-start gap-1 rounded-sm text-left hover:text-brand-700"
            >
              <ChevronRight
                aria-hidden
                className={`mt-0.5 size-4 shrink-0 transition-transform ${isOpen ? "rotate-90" : ""}`}
              />
              {label}
            </button>
          </h3>
          <p className="mt-1 truncate text-sm text-zinc-700">Latest: {newest?.title}</p>
        </div>
        <NotificationRowActions
          title={label}
          isUnread={unread > 0}
          isArchiveView={isArchiveView}
          isBusy={isBusy}
          onToggleRead={onToggleRead}
          onToggleArchived={onToggleArchived}
          mute={muteOf(newest)}
        />
      </div>
      <ul
        id={itemsId}
        hidden={!isOpen}
        aria-label={label}
        className="divide-y divide-zinc-200 border-t border-zinc-200 sm:pl-8"
      >
        {isOpen ? children : null}
      </ul>
    </li>
  );
}
