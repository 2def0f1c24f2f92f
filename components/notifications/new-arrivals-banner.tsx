"use client";
// "1 new notification — show" at the top of the center: what arrived while the list was open, from
// the page's store (new-arrivals.ts), without moving the list under the reader. Show loads them.
import { ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { countNewArrivals, newArrivalsLabel } from "./new-arrivals";
import { useLatestNotifications } from "./unread-store";

export function NewArrivalsBanner({
  newestShown,
  view,
  type,
  onShown,
}: {
  newestShown: { createdAt: string; id: string } | null;
  view: TNotificationView;
  type: TNotificationType | null;
  /** After the list took them in (focus goes to the list's heading). */
  onShown: () => void;
}) {
  const latest = useLatestNotifications();
  const router = useRouter();
  const [isLoading, startLoading] = useTransition();
  const arrivals = countNewArrivals(latest, newestShown, { view, type });
  // The live region is always there, so a screen reader hears the count when it appears.
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {arrivals.count > 0 ? (
        <button
          type="button"
          disabled={isLoading}
          onClick={() =>
            startLoading(() => {
              router.refresh();
              onShown();
            })
          }
          className="mb-3 flex w-full items-center justify-center gap-2 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-100"
        >
          <ArrowUp aria-hidden className="size-4" />
          {newArrivalsLabel(arrivals)} — show
        </button>
      ) : null}
    </div>
  );
}
