"use client";
// One notification in the center: icon and type, when, title (linking to its target), body,
// where it went and why, and its actions. Presentational: the list owns the state.
import Link from "next/link";
import type { MouseEvent, Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { MuteMenu } from "./mute-menu";
import { ChannelIcon, TypeIcon } from "./type-icon";

export type TItemActions = {
  onToggleRead: () => void;
  onToggleArchived: () => void;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
};

export function NotificationItem({
  item,
  isArchiveView,
  isBusy,
  actions,
  itemRef,
}: {
  item: TNotificationItemView;
  isArchiveView: boolean;
  isBusy: boolean;
  actions: TItemActions;
  itemRef?: Ref<HTMLLIElement>;
}) {
  const isUnread = item.readAt === null;
  const titleId = `notification-${item.id}-title`;
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      data-testid="notification-item"
      data-unread={isUnread ? "true" : "false"}
      aria-labelledby={titleId}
      className={`flex gap-3 px-4 py-4 focus-visible:-outline-offset-2 sm:gap-4 sm:px-5 ${isUnread ? "bg-brand-50/70" : "bg-white"}`}
    >
      <div
        aria-hidden
        className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-white text-brand-700 ring-1 ring-zinc-200"
      >
        <TypeIcon type={item.type} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-start">
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
              <Link
                href={item.href}
                onClick={actions.onOpen}
                className="rounded-sm hover:text-brand-700 hover:underline"
              >
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
        <div className="flex shrink-0 flex-wrap gap-2 sm:w-32 sm:flex-col sm:items-stretch">
          <Button
            variant="secondary"
            size="sm"
            onClick={actions.onToggleRead}
            disabled={isBusy}
            aria-label={`${isUnread ? "Mark read" : "Mark unread"}: ${item.title}`}
          >
            {isUnread ? "Mark read" : "Mark unread"}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={actions.onToggleArchived}
            disabled={isBusy}
            aria-label={`${isArchiveView ? "Move to inbox" : "Archive"}: ${item.title}`}
          >
            {isArchiveView ? "Move to inbox" : "Archive"}
          </Button>
          {item.about ? (
            <MuteMenu
              target={item.about.kind === "tournament" ? { tournamentId: item.about.id } : { teamId: item.about.id }}
              name={item.about.name}
              isMuted={item.about.isMuted}
            />
          ) : null}
        </div>
      </div>
    </li>
  );
}
