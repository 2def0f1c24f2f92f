"use client";
// Opening an unread notification (from the bell or the center) marks it read first, then follows
// its link. Ctrl/Cmd/middle clicks open a new tab as usual while the mark-read request runs.
import { useRouter } from "next/navigation";
import { type MouseEvent, useCallback, useTransition } from "react";
import { setNotificationsReadAction } from "@/app/notifications/actions";
import { emitNotificationsChanged } from "./notification-events";

export type TOpenTarget = { id: string; href: string; isUnread: boolean };

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function useOpenNotification(): {
  open: (event: MouseEvent<HTMLAnchorElement>, target: TOpenTarget, onMarkRead?: () => void) => void;
  isOpening: boolean;
} {
  const router = useRouter();
  const [isOpening, startTransition] = useTransition();

  const open = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, target: TOpenTarget, onMarkRead?: () => void) => {
      if (!target.isUnread) return;
      onMarkRead?.();
      const marking = setNotificationsReadAction({ ids: [target.id], isRead: true }).then((result) => {
        if (result.ok) emitNotificationsChanged({ kind: "read", ids: [target.id], isRead: true });
      });
      if (!isPlainClick(event)) return;
      event.preventDefault();
      startTransition(async () => {
        // Navigate even if marking failed: the user asked to go there.
        await marking.catch(() => undefined);
        if (/^https?:\/\//.test(target.href)) window.location.assign(target.href);
        else router.push(target.href);
      });
    },
    [router],
  );

  return { open, isOpening };
}
