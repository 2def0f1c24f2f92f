"use server";
// The notification center's server actions (also used by the header bell): the user comes from the
// session, never from the input, and the inbox operations only ever touch the caller's own rows.
import { defineAction } from "@/lib/actions/define-action";
import { loadNotificationPage } from "@/lib/notifications/inbox/load-notification-page";
import {
  markAllNotificationsRead,
  setNotificationsArchived,
  setNotificationsRead,
} from "@/lib/notifications/inbox/update-notifications";

export const setNotificationsReadAction = defineAction("user", setNotificationsRead, {
  revalidate: ["/notifications"],
});
export const markAllNotificationsReadAction = defineAction("user", markAllNotificationsRead, {
  revalidate: ["/notifications"],
});
export const setNotificationsArchivedAction = defineAction("user", setNotificationsArchived, {
  revalidate: ["/notifications"],
});
/** "Load more": the next keyset page of the same view, ready to append. */
export const loadMoreNotificationsAction = defineAction("user", loadNotificationPage);
