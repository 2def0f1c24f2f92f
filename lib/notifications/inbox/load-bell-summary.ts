// What the bell shows: the user's unread count and five newest inbox notifications — for the
// summary endpoint and for each push on the live stream.
import { env } from "@/lib/env";
import { BELL_LATEST_COUNT, toBellItem, type TNotificationSummary } from "./bell-summary";
import { countUnread, listNotifications } from "./list-notifications";

export async function loadBellSummary(userId: string): Promise<TNotificationSummary> {
  const [unreadCount, page] = await Promise.all([
    countUnread(userId),
    listNotifications(userId, { limit: BELL_LATEST_COUNT }),
  ]);
  return { unreadCount, latest: page.items.map((item) => toBellItem(item, env.APP_URL)) };
}
