"use client";
// One notification in the center: a checkbox to select it, icon and type, when, title (linking to
// its target), body, where it went and why, and its actions (notification-row-actions.tsx).
// Presentational: the list owns the state.
import Link from "next/link";
import type { MouseEvent } from "react";
import { Badge } from "@/components/ui/badge";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { muteOf, NotificationRowActions } from "./notification-row-actions";
import { RowCheckbox } from "./row-checkbox";
import { ChannelIcon, TypeIcon } from "./type-icon";

export type TItemActions = {
  onToggleRead: () => void;
  onToggleArchived: () => void;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** `isRange`: Shift was held (select everything from the last one clicked). */
  onSelect: (isRange: boolean) => void;
};

export function NotificationItem({
  item,
  isArchiveView,
  isBusy,
  isSelected,
  actions,
}: {
  item: TNotificationItemView;
  isArchiveView: boolean;
  isBusy: boolean;
  isSelected: boolean;
  actions: TItemActions;
}) {
  const isUnread = item.readAt === null;
  const titleId = `notification-${item.id}-title`;
  return (
    <li
      tabIndex={-1}
      data-testid="notification-item"
      data-row-id={item.id}
      data-row-items={item.id}
      data-unread={isUnread ? "true" : "false"}
      aria-labelledby={titleId}
      className={`group/row flex gap-3 px-3 py-4 first:rounded-t-xl last:rounded-b-xl focus-visible:-outline-offset-2 sm:gap-4 sm:px-5 ${isSelected ? "bg-brand-100/60" : isUnread ? "bg-brand-50/70" : "bg-white"}`}
    >
      <RowCheckbox label={`Select: ${item.title}`} isChecked={isSelected} onSelect={actions.onSelect} />
      <div
        aria-hidden
        className="hidden h-10 w-10 shrink-0 items-center justify-center rounded-full bg-white text-brand-700 ring-1 ring-zinc-200 sm:flex"
      >
        <TypeIcon type={item.type} />
      </div>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-zinc-600">
          {isUnread ? (
            <>
              <span aria-hidden className="h-2 w-2 rounded-full bg-brand-600" />
              <span className="font-semibold text-brand-700">Unread</span>
              <span aria-hidden>·</span>
            </>
          ) : null}
          <span className="font-medium text-zinc-700">{item.typeLabel}</span>
          {item.outcome ? (
            <>
              <span aria-hidden>·</span>
              <span data-testid="notification-outcome">
                <Badge tone={item.outcome.value === "ACCEPTED" ? "success" : "neutral"}>{item.outcome.label}</Badge>
              </span>
            </>
          ) : null}
          <span aria-hidden>·</span>
          <time dateTime={item.createdAt} title={item.timeFull}>
            {item.timeAgo}
          </time>
        </p>
        <h3
          id={titleId}
          className={`mt-1 break-words text-base leading-snug ${isUnread ? "font-semibold text-zinc-950" : "font-medium text-zinc-800"}`}
        >
          {item.href ? (
            <Link href={item.href} onClick={actions.onOpen} className="rounded-sm hover:text-brand-700 hover:underline">
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        {item.body ? <p className="mt-1 whitespace-pre-line break-words text-sm text-zinc-700">{item.body}</p> : null}
        {item.earlier.length > 0 ? (
          <details className="mt-2 text-sm" data-testid="earlier-updates">
            <summary className="cursor-pointer font-medium text-zinc-700">
              {item.earlier.length === 1 ? "1 earlier update" : `${item.earlier.length} earlier updates`}
            </summary>
            <ul className="mt-1 space-y-1 border-l-2 border-zinc-200 pl-3 text-zinc-500">
              {item.earlier.map((update) => (
                <li key={update.id}>
                  <span className="line-through decoration-zinc-400">{update.title}</span>{" "}
                  <span className="text-xs">({update.timeFull})</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <ul aria-label="Where it went" className="mt-2 flex flex-wrap gap-1.5">
          {item.deliveries.length === 0 ? (
            <li>
              <Badge tone="neutral">
                <ChannelIcon channel="IN_APP" className="mr-1 inline size-3.5 align-[-2px]" />
                In the app only
              </Badge>
            </li>
          ) : (
            item.deliveries.map((note) => (
              <li key={note.channel}>
                <Badge tone={note.tone}>
                  <ChannelIcon channel={note.channel} className="mr-1 inline size-3.5 align-[-2px]" />
                  {note.text}
                </Badge>
              </li>
            ))
          )}
        </ul>
      </div>
      <NotificationRowActions
        title={item.title}
        isUnread={isUnread}
        isArchiveView={isArchiveView}
        isBusy={isBusy}
        onToggleRead={actions.onToggleRead}
        onToggleArchived={actions.onToggleArchived}
        mute={muteOf(item)}
      />
    </li>
  );
}
