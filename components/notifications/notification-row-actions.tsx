"use client";
// A row's actions (a notification's, or a group's): on a desktop, icon buttons that appear when
// the row is hovered or has focus (and are always there for the keyboard and touch screens); on a
// phone, one "⋯" button opening them with labels. Mute, when the row is about a tournament or team,
// sits behind the "⋯" on both.
import { Archive, ArchiveRestore, Check, CircleDot, Ellipsis } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { IconButton } from "./icon-button";
import { muteTargetOf, type TMuteTarget } from "@/lib/notifications/mutes/notification-about";
import { MuteMenu } from "./mute-menu";

/** Shown while the row is hovered or holds focus; always on touch screens (no hover there). */
const REVEAL =
  "transition-opacity sm:opacity-0 sm:group-hover/row:opacity-100 sm:group-focus-within/row:opacity-100 pointer-coarse:opacity-100";

/** What "Mute …" behind a row's "⋯" silences: the tournament or team it is about. */
export function muteOf(item: TNotificationItemView | undefined): TRowMute | null {
  if (!item?.about) return null;
  return { target: muteTargetOf(item.about), name: item.about.name, isMuted: item.about.isMuted };
}

type TRowMute = { target: TMuteTarget; name: string; isMuted: boolean };

export type TRowActionsProps = {
  /** What the row is called in each action's name ("Mark read: <title>"). */
  title: string;
  isUnread: boolean;
  isArchiveView: boolean;
  isBusy: boolean;
  onToggleRead: () => void;
  onToggleArchived: () => void;
  mute: TRowMute | null;
};

export function NotificationRowActions(props: TRowActionsProps) {
  const { title, isUnread, isArchiveView, isBusy, onToggleRead, onToggleArchived } = props;
  const readLabel = isUnread ? "Mark read" : "Mark unread";
  const archiveLabel = isArchiveView ? "Move to inbox" : "Archive";
  return (
    <div className="flex shrink-0 items-center gap-0.5 self-start">
      <div className={`hidden items-center gap-0.5 sm:flex ${REVEAL}`}>
        <IconButton
          label={`${readLabel}: ${title}`}
          tooltip={readLabel}
          shortcut="u"
          icon={isUnread ? Check : CircleDot}
          onClick={onToggleRead}
          disabled={isBusy}
        />
        <IconButton
          label={`${archiveLabel}: ${title}`}
          tooltip={archiveLabel}
          shortcut="e"
          icon={isArchiveView ? ArchiveRestore : Archive}
          onClick={onToggleArchived}
          disabled={isBusy}
        />
      </div>
      <RowMenu {...props} readLabel={readLabel} archiveLabel={archiveLabel} />
    </div>
  );
}

function RowMenu({
  title,
  isBusy,
  onToggleRead,
  onToggleArchived,
  mute,
  readLabel,
  archiveLabel,
}: TRowActionsProps & { readLabel: string; archiveLabel: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [isOpen]);
  const then = (action: () => void) => () => {
    setIsOpen(false);
    action();
  };

  return (
    // On a desktop the menu holds only Mute: without a mute target there is nothing behind it.
    <div
      ref={rootRef}
      className={`relative ${mute ? "" : "sm:hidden"}`}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !isOpen) return;
        // Esc closes this menu only (not the list's selection too).
        event.preventDefault();
        event.stopPropagation();
        setIsOpen(false);
        triggerRef.current?.focus();
      }}
    >
      <span className={isOpen ? "" : REVEAL}>
        <button
          ref={triggerRef}
          type="button"
          aria-label={`More actions: ${title}`}
          aria-expanded={isOpen}
          aria-controls={panelId}
          title="More actions"
          onClick={() => setIsOpen(!isOpen)}
          className="inline-flex size-8 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950"
        >
          <Ellipsis aria-hidden className="size-4" />
        </button>
      </span>
      {isOpen ? (
        <div
          id={panelId}
          role="group"
          aria-label={`Actions: ${title}`}
          className="absolute right-0 top-full z-30 mt-1 flex w-60 flex-col items-stretch gap-1 rounded-lg border border-zinc-200 bg-white p-1.5 shadow-lg"
        >
          <Button
            variant="ghost"
            size="sm"
            className="justify-start sm:hidden"
            aria-label={`${readLabel}: ${title}`}
            onClick={then(onToggleRead)}
            disabled={isBusy}
          >
            {readLabel}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="justify-start sm:hidden"
            aria-label={`${archiveLabel}: ${title}`}
            onClick={then(onToggleArchived)}
            disabled={isBusy}
          >
            {archiveLabel}
          </Button>
          {mute ? <MuteMenu target={mute.target} name={mute.name} isMuted={mute.isMuted} /> : null}
        </div>
      ) : null}
    </div>
  );
}
