// The bell's data, as GET /api/notifications/summary returns it: the unread count and the five
// newest notifications of the inbox (read or not).
import type { TInboxItem } from "@/lib/notifications/inbox/list-notifications";
import type { TNotificationType } from "@/lib/notifications/catalog";
import { toSafeLink } from "@/lib/links/safe-link";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { TNotificationAbout } from "@/lib/notifications/mutes/notification-about";
import { renderTimeTokens } from "@/lib/notifications/content/time-tokens";

export const BELL_LATEST_COUNT = 5;
export const SUMMARY_URL = "/api/notifications/summary";
/** Server-Sent Events: a `summary` event on connect and whenever the user's notifications change. */
export const STREAM_URL = "/api/notifications/stream";
export const SUMMARY_EVENT = "summary";

export type TBellItem = {
  id: string;
  type: TNotificationType;
  title: string;
  /** A safe link target, or null (the bell then links to the center). */
  url: string | null;
  createdAt: string;
  /** `createdAt` in full, in the reader's zone (the relative time's tooltip). */
  timeFull: string;
  readAt: string | null;
  /** What its "Mute …" item silences (null: neither a tournament nor a team). */
  about: TNotificationAbout | null;
};

export type TNotificationSummary = { unreadCount: number; latest: TBellItem[] };

/** `appUrl` (APP_URL) decides which links are the app's own; times in the title read in `timeZone`, the user's. */
export function toBellItem(
  item: Pick<TInboxItem, "id" | "type" | "title" | "url" | "createdAt" | "readAt"> & {
    about?: TNotificationAbout | null;
  },
  appUrl: string,
  timeZone: string,
): TBellItem {
  return {
    about: item.about ?? null,
    id: item.id,
    type: item.type,
    title: renderTimeTokens(item.title, timeZone),
    url: toSafeLink(item.url, appUrl),
    createdAt: item.createdAt.toISOString(),
    timeFull: formatDateTime(item.createdAt, timeZone),
    readAt: item.readAt?.toISOString() ?? null,
  };
}

/** A response body is trusted only after this check (the bell ignores anything else). */
export function isNotificationSummary(value: unknown): value is TNotificationSummary {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<TNotificationSummary>;
  return typeof candidate.unreadCount === "number" && Array.isArray(candidate.latest);
}
