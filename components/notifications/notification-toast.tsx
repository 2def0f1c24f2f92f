"use client";
// The center's messages: each action's result is announced (status politely, errors at once); an
// archive's or a mark all read's Undo and errors also float at the bottom of the screen.
import { useEffect, useEffectEvent, useRef } from "react";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";

/** What Undo puts back: archived ones (to the state they had), or the ids "Mark all read" changed. */
export type TUndo =
  { kind: "archive"; items: TNotificationItemView[]; isArchived: boolean } | { kind: "unread"; ids: string[] };

export type TStatus = { text: string; undo?: TUndo } | null;

const TOAST_MS = 6_000;

/**
 * Results of actions are announced (status politely, errors at once); an archive's Undo and
 * errors also float at the bottom of the screen (so the list never shifts), staying while
 * hovered or focused.
 */
export function NotificationToast({
  status,
  error,
  onDismiss,
  onUndo,
}: {
  status: TStatus;
  error: string | null;
  onDismiss: () => void;
  onUndo: (undo: TUndo) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Routine results are only announced; those with an Undo and errors are also shown.
  const isVisible = Boolean(status?.undo || error);
  const dismissIfIdle = useEffectEvent(() => {
    const element = ref.current;
    if (element && (element.matches(":hover") || element.contains(document.activeElement))) return;
    onDismiss();
  });
  useEffect(() => {
    if (!isVisible) return;
    const timer = window.setInterval(() => dismissIfIdle(), TOAST_MS);
    return () => window.clearInterval(timer);
  }, [isVisible, status, error]);

  return (
    <>
      {/* Always in the page, so screen readers announce what is put in them. */}
      <div role="status" className="sr-only">
        {status && !error ? status.text : ""}
      </div>
      <div role="alert" className="sr-only">
        {error ?? ""}
      </div>
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {isVisible ? (
          <div
            ref={ref}
            className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg py-2 pl-4 pr-2 text-sm shadow-lg ${error ? "bg-red-700 text-white" : "bg-zinc-900 text-white"}`}
          >
            <span aria-hidden className="min-w-0 break-words">
              {error ?? status?.text}
            </span>
            {status?.undo && !error ? (
              <button
                type="button"
                className="shrink-0 rounded px-2 py-1 font-semibold text-brand-100 underline underline-offset-2 hover:bg-white/10"
                onClick={() => status.undo && onUndo(status.undo)}
              >
                Undo
              </button>
            ) : null}
            <button
              type="button"
              aria-label="Dismiss message"
              className="shrink-0 rounded px-2 py-0.5 text-lg leading-none text-zinc-300 hover:bg-white/10 hover:text-white"
              onClick={onDismiss}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
