"use client";
// The type filter's select: choosing a type shows it at once (the URL the form would build,
// notificationsHref). Without JavaScript the surrounding GET form's submit button does the same.
import { useRouter } from "next/navigation";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TNotificationType } from "@/lib/notifications/catalog";
import type { TNotificationView } from "@/lib/notifications/inbox/notification-view";
import { notificationsHref } from "./notifications-href";

export function NotificationTypeSelect({ view, type }: { view: TNotificationView; type: TNotificationType | null }) {
  const router = useRouter();
  return (
    <select
      key={type ?? "all"}
      id="notification-type"
      name="type"
      defaultValue={type ?? ""}
      onChange={(event) => {
        const chosen = event.target.value;
        const next = (NOTIFICATION_TYPES as readonly string[]).includes(chosen) ? (chosen as TNotificationType) : null;
        router.push(notificationsHref(view, next));
      }}
      className="h-9 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 sm:w-56"
    >
      <option value="">All types</option>
      {NOTIFICATION_TYPES.map((option) => (
        <option key={option} value={option}>
          {NOTIFICATION_CATALOG[option].label}
        </option>
      ))}
    </select>
  );
}
