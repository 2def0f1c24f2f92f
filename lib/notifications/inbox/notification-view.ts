// What the notification center and the bell render: plain, serialisable objects built on the
// server from the inbox rows (labels from the catalog, delivery notes, formatted times).
import { notificationAbout, type TNotificationAbout } from "@/lib/notifications/mutes/notification-about";
import type { TInboxItem, TInboxPage, TListNotificationsInput } from "@/lib/notifications/inbox/list-notifications";
import { NOTIFICATION_CATALOG, type TNotificationType } from "@/lib/notifications/catalog";
import { describeDeliveries, type TDeliveryNote } from "./describe-deliveries";
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatRelativeTime } from "@/lib/format/format-relative-time";
import { toSafeLink } from "@/lib/links/safe-link";
import { renderTimeTokens } from "@/lib/notifications/content/time-tokens";
import type { NotificationOutcome } from "@/lib/generated/prisma/enums";

/** The one display map of a notification's outcome. */
export const NOTIFICATION_OUTCOME_LABELS: Record<NotificationOutcome, string> = {
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  EXPIRED: "Expired",
};

/** The most notifications one change names (a bulk selection, or the Undo of "Mark all read"). */
export const NOTIFICATION_IDS_MAX = 100;

/** The center's tabs: the inbox, its unread part, and the archive. */
export const NOTIFICATION_VIEWS = ["all", "unread", "archived"] as const;
export type TNotificationView = (typeof NOTIFICATION_VIEWS)[number];

export function isNotificationView(value: unknown): value is TNotificationView {
  return typeof value === "string" && (NOTIFICATION_VIEWS as readonly string[]).includes(value);
}

/** The list filter a view stands for. */
export function viewFilter(view: TNotificationView): Pick<TListNotificationsInput, "unreadOnly" | "archived"> {
  return view === "unread" ? { unreadOnly: true } : view === "archived" ? { archived: true } : {};
}

export type TNotificationItemView = {
  id: string;
  type: TNotificationType;
  typeLabel: string;
  title: string;
  body: string;
  /** A safe link target (app path or https URL), or null. */
  href: string | null;
  createdAt: string;
  /** "5 minutes ago", relative to when the page was rendered. */
  timeAgo: string;
  /** Full timestamp in the reader's time zone. */
  timeFull: string;
  readAt: string | null;
  archivedAt: string | null;
  deliveries: TDeliveryNote[];
  /** What became of the invite it was about ("Accepted", "Expired", …): its action is gone. */
  outcome: { value: NotificationOutcome; label: string } | null;
  /** The notices it replaced (a match moved twice: two), newest first. */
  earlier: { id: string; title: string; timeFull: string }[];
  /** What "Mute …" in its menu silences: the tournament it is about, else its team; null for neither. */
  about: TNotificationAbout | null;
  /** Neighbours with the same key show as one row ("3 match results from Crown Cup"); null never folds. */
  groupKey: string | null;
};

/**
 * The types whose repeats are news about one thing — results, brackets, roster and registration
 * changes, achievements, sponsors, promotions — and so may fold into one row. Calls to action
 * (invites, match times and reminders), money (payouts) and rank moves each keep their own row:
 * every one of them says something the others do not.
 */
const GROUPABLE_TYPES: ReadonlySet<TNotificationType> = new Set<TNotificationType>([
  "match_result",
  "bracket_ready",
  "roster_changed",
  "tournament_registered",
  "achievement_earned",
  "sponsor_approved",
  "promotion_started",
]);

/** One type about one tournament (else team); a notice with its own story (earlier updates, an outcome) stands alone. */
function groupKeyOf(item: TInboxItem): string | null {
  if (!GROUPABLE_TYPES.has(item.type) || item.outcome || item.earlier.length > 0) return null;
  if (item.tournament) return `${item.type}:tournament:${item.tournament.id}`;
  return item.team ? `${item.type}:team:${item.team.id}` : null;
}

export type TNotificationPageView = { items: TNotificationItemView[]; nextCursor: string | null };

/** `appUrl` (APP_URL) decides which links are the app's own (lib/links/safe-link.ts). */
export type TViewContext = { now: Date; timeZone: string; appUrl: string };

export function toNotificationItemView(
  item: TInboxItem,
  { now, timeZone, appUrl }: TViewContext,
): TNotificationItemView {
  const entry = NOTIFICATION_CATALOG[item.type];
  return {
    id: item.id,
    type: item.type,
    typeLabel: entry.label,
    // Times in the text are tokens, read in the viewer's zone (lib/notifications/content/time-tokens.ts).
    title: renderTimeTokens(item.title, timeZone),
    body: renderTimeTokens(item.body, timeZone),
    // An answered or expired invite has nothing left to do: no link to act on.
    href: item.outcome ? null : toSafeLink(item.url, appUrl),
    createdAt: item.createdAt.toISOString(),
    timeAgo: formatRelativeTime(item.createdAt, now),
    timeFull: formatDateTime(item.createdAt, timeZone),
    readAt: item.readAt?.toISOString() ?? null,
    archivedAt: item.archivedAt?.toISOString() ?? null,
    deliveries: describeDeliveries(item.deliveries),
    outcome: item.outcome ? { value: item.outcome, label: NOTIFICATION_OUTCOME_LABELS[item.outcome] } : null,
    earlier: item.earlier.map((update) => ({
      id: update.id,
      title: renderTimeTokens(update.title, timeZone),
      timeFull: formatDateTime(update.createdAt, timeZone),
    })),
    about: notificationAbout(item.tournament, item.team, item.isAboutMuted),
    groupKey: groupKeyOf(item),
  };
}

export function toNotificationPageView(page: TInboxPage, context: TViewContext): TNotificationPageView {
  return { items: page.items.map((item) => toNotificationItemView(item, context)), nextCursor: page.nextCursor };
}

/** Newest first, ties by id — the order of the keyset pages. */
export function isOlder(
  a: Pick<TNotificationItemView, "createdAt" | "id">,
  b: Pick<TNotificationItemView, "createdAt" | "id">,
): boolean {
  const at = Date.parse(a.createdAt);
  const bt = Date.parse(b.createdAt);
  return at < bt || (at === bt && a.id < b.id);
}
