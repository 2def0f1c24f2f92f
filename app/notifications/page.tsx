// The notification center: newest first, views (all / unread / archived) and a type filter in
// the URL, the first page rendered here and the rest loaded on demand by the list.
import type { Metadata } from "next";
import Link from "next/link";
import { NotificationFilters } from "@/components/notifications/notification-filters";
import { NotificationList } from "@/components/notifications/notification-list";
import { isNotificationView, toNotificationPageView, viewFilter } from "@/lib/notifications/inbox/notification-view";
import { notificationsHref } from "@/components/notifications/notifications-href";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { isNotificationType, NOTIFICATION_CATALOG } from "@/lib/notifications/catalog";
import { countUnread, listNotifications } from "@/lib/notifications/inbox/list-notifications";
import { getPreferences } from "@/lib/notifications/preferences/get-preferences";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

const VIEW_HEADINGS = {
  all: "All notifications",
  unread: "Unread notifications",
  archived: "Archived notifications",
} as const;

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const view = isNotificationView(params.view) ? params.view : "all";
  const type = isNotificationType(params.type) ? params.type : null;
  const user = await requireUserOrRedirect(notificationsHref(view, type));

  const [page, unreadCount, preferences] = await Promise.all([
    listNotifications(user.id, { type: type ?? undefined, ...viewFilter(view) }),
    countUnread(user.id),
    getPreferences(user.id),
  ]);
  const timeZone = preferences.timezone;
  const heading = type ? `${VIEW_HEADINGS[view]}: ${NOTIFICATION_CATALOG[type].label}` : VIEW_HEADINGS[view];

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Match results, invites, payouts and team news — and where each one was sent."
        actions={
          <Link
            href="/settings/notifications"
            className="inline-flex items-center rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-semibold text-zinc-800 hover:bg-zinc-50"
          >
            Notification settings
          </Link>
        }
      />
      <NotificationFilters view={view} type={type} unreadCount={unreadCount} />
      <NotificationList
        key={`${view}:${type ?? ""}`}
        initialPage={toNotificationPageView(page, { now: new Date(), timeZone, appUrl: env.APP_URL })}
        unreadCount={unreadCount}
        view={view}
        type={type}
        heading={heading}
        timeZone={timeZone}
      />
    </>
  );
}
