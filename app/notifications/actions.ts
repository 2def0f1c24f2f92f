"use server";
// The notification center's server actions (also used by the header bell). Thin: the user comes
// from the session, never from the input; ids are validated; the inbox lib functions only ever
// touch the caller's own rows.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { requireUser } from "@/lib/auth/session";
import { NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import { listNotifications } from "@/lib/notifications/inbox/list-notifications";
import { archiveNotifications, markAllNotificationsRead, markNotificationsRead, ZNotificationIds } from "@/lib/notifications/inbox/update-notifications";
import { normalizeTimeZone } from "@/lib/notifications/preferences/time-zone";
import { NOTIFICATION_VIEWS, toNotificationPageView, type TNotificationPageView, viewFilter } from "@/components/notifications/notification-view";
import { env } from "@/lib/env";

type TUpdated = { updated: number };

const ZSetRead = z.object({ ids: ZNotificationIds, isRead: z.boolean() });
const ZSetArchived = z.object({ ids: ZNotificationIds, isArchived: z.boolean() });
const ZLoadMore = z.object({
  cursor: z.string().min(1).max(200),
  view: z.enum(NOTIFICATION_VIEWS),
  type: z.enum(NOTIFICATION_TYPES).optional(),
  /** Only for formatting times; an unknown zone falls back to UTC. */
  timeZone: z.string().max(64).optional(),
});

export type TSetReadInput = z.input<typeof ZSetRead>;
export type TSetArchivedInput = z.input<typeof ZSetArchived>;
export type TLoadMoreInput = z.input<typeof ZLoadMore>;

export async function setNotificationsReadAction(input: TSetReadInput): Promise<TActionResult<TUpdated>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const { ids, isRead } = ZSetRead.parse(input);
    const result = await markNotificationsRead(user.id, ids, isRead);
    revalidatePath("/notifications");
    return result;
  });
}

export async function markAllNotificationsReadAction(): Promise<TActionResult<TUpdated>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const result = await markAllNotificationsRead(user.id);
    revalidatePath("/notifications");
    return result;
  });
}

export async function setNotificationsArchivedAction(input: TSetArchivedInput): Promise<TActionResult<TUpdated>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const { ids, isArchived } = ZSetArchived.parse(input);
    const result = await archiveNotifications(user.id, ids, isArchived);
    revalidatePath("/notifications");
    return result;
  });
}

/** "Load more": the next keyset page of the same view, ready to append. */
export async function loadMoreNotificationsAction(input: TLoadMoreInput): Promise<TActionResult<TNotificationPageView>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const { cursor, view, type, timeZone } = ZLoadMore.parse(input);
    const page = await listNotifications(user.id, { cursor, type, ...viewFilter(view) });
    return toNotificationPageView(page, { now: new Date(), timeZone: normalizeTimeZone(timeZone) ?? "UTC", appUrl: env.APP_URL });
  });
}
