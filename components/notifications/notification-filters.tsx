// The center's filters, usable without JavaScript: the views are links (All, Unread, Archived)
// and the type is a GET form — with JavaScript, choosing a type applies it at once (no Apply).
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { NotificationTypeSelect } from "./notification-type-select";
import { notificationsHref } from "./notifications-href";
import { UnreadTabBadge } from "./unread-tab-badge";

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
                  {option === "unread" ? <UnreadTabBadge renderedCount={unreadCount} /> : null}
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
          <NotificationTypeSelect view={view} type={type} />
        </div>
        {/* With JavaScript the select applies on change; without it, this submits the GET form. */}
        <noscript>
          <Button type="submit" variant="secondary" size="sm" className="h-9">
            Apply
          </Button>
        </noscript>
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
