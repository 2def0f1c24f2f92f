// What an empty notification list says: what will appear here, and — when a filter hides
// everything — how to clear it. Works in server and client components (no hooks).
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { NOTIFICATION_CATALOG, type TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { notificationsHref } from "./notifications-href";
import { Archive, Bell, CheckCheck } from "lucide-react";
import { TypeIcon } from "./type-icon";

const linkClass = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-600";

export function NotificationEmptyState({ view, type }: { view: TNotificationView; type: TNotificationType | null }) {
  if (type) {
    const label = NOTIFICATION_CATALOG[type].label.toLowerCase();
    const where = view === "unread" ? "unread " : view === "archived" ? "archived " : "";
    return (
      <EmptyState
        icon={<TypeIcon type={type} className="mx-auto size-8" />}
        title={`No ${where}notifications about ${label}`}
      >
        <p>
          <Link className={linkClass} href={notificationsHref(view, null)}>
            Clear the type filter
          </Link>{" "}
          to see every type.
        </p>
        {view === "all" ? null : (
          <p className="mt-1">
            Or{" "}
            <Link className={linkClass} href={notificationsHref("all", null)}>
              show all notifications
            </Link>
            .
          </p>
        )}
      </EmptyState>
    );
  }
  if (view === "unread") {
    return (
      <EmptyState icon={<CheckCheck className="mx-auto size-8" />} title="You're all caught up">
        <p>
          New match results, invites, payouts and team news will show up here.{" "}
          <Link className={linkClass} href={notificationsHref("all", null)}>
            See all notifications
          </Link>
        </p>
      </EmptyState>
    );
  }
  if (view === "archived") {
    return (
      <EmptyState icon={<Archive className="mx-auto size-8" />} title="Nothing archived">
        <p>
          Archive a notification you are done with to tidy your inbox; it waits here.{" "}
          <Link className={linkClass} href={notificationsHref("all", null)}>
            Back to all notifications
          </Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<Bell className="mx-auto size-8" />} title="No notifications yet">
      <p>
        Match results, invites, payouts and team news will show up here.{" "}
        <Link className={linkClass} href="/settings/notifications">
          Choose how you are notified
        </Link>
      </p>
    </EmptyState>
  );
}
