// The center's URL for a view and type filter: /notifications, ?view=unread, ?type=match_result…
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";

export function notificationsHref(view: TNotificationView, type: TNotificationType | null): string {
  const params = new URLSearchParams();
  if (view !== "all") params.set("view", view);
  if (type) params.set("type", type);
  const query = params.toString();
  return query ? `/notifications?${query}` : "/notifications";
}
