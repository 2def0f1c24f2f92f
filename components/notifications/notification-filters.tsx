// The center's filters, usable without JavaScript: the views are links (All, Unread, Archived)
// and the type is a GET form (next/form navigates client-side when JS is there).
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { notificationsHref } from "./notifications-href";

const VIEW_LABELS: Record<TNotificationView, string> = { all: "All", unread: "Unread", archived: "Archived" };

export function NotificationFilters({
  view,
  type,
  unreadCount,
}: {
  view: TNotificationView;
  type: TNotificationType | null;
  unreadCount: number;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <nav aria-label="Notification views">
        <ul className="inline-flex gap-1 rounded-lg bg-zinc-200/70 p-1">
          {(Object.keys(VIEW_LABELS) as TNotificationView[]).map((option) => {
            const isCurrent = option === view;
            return (
              <li key={option}>
                <Link
                  href={notificationsHref(option, type)}
                  aria-current={isCurrent ? "page" : undefined}
                  className={`inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium ${isCurrent ? "bg-white text-zinc-900 shadow-sm" : "text-zinc-700 hover:bg-white/60 hover:text-zinc-900"}`}
                >
                  {VIEW_LABELS[option]}
                  {option === "unread" && unreadCount > 0 ? (
                    <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold leading-5 text-white">
                      {unreadCount > 99 ? "99+" : unreadCount}
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Form action="/notifications" className="flex items-end gap-2" aria-label="Filter by type">
        {view === "all" ? null : <input type="hidden" name="view" value={view} />}
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-none">
          <label htmlFor="notification-type" className="text-xs font-medium text-zinc-700">
            Type
          </label>
          <select
            key={type ?? "all"}
            id="notification-type"
            name="type"
            defaultValue={type ?? ""}
            className="h-9 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 sm:w-56"
          >
            <option value="">All types</option>
            {NOTIFICATION_TYPES.map((option) => (
              <option key={option} value={option}>
                {NOTIFICATION_CATALOG[option].label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" size="sm" className="h-9">
          Apply
        </Button>
        {type ? (
          <Link
            href={notificationsHref(view, null)}
            className="inline-flex h-9 items-center rounded-md px-2 text-sm font-medium text-brand-700 hover:underline"
          >
            Clear
          </Link>
        ) : null}
      </Form>
    </div>
  );
}
