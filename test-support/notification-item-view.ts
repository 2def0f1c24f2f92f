// A notification as the center's client code sees it (TNotificationItemView), for the pure tests of
// components/notifications: a plain unread match result, any field overridden.
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";

export function aNotificationItemView(
  overrides: Partial<TNotificationItemView> & { id: string },
): TNotificationItemView {
  return {
    type: "match_result",
    typeLabel: "Match results",
    title: `Notification ${overrides.id}`,
    body: "",
    href: null,
    createdAt: "2026-12-01T00:00:00.000Z",
    timeAgo: "",
    timeFull: "",
    readAt: null,
    archivedAt: null,
    deliveries: [],
    outcome: null,
    earlier: [],
    about: null,
    groupKey: null,
    ...overrides,
  };
}
