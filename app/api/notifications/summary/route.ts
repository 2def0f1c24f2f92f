// GET /api/notifications/summary — what the header bell polls: the signed-in user's unread count
// and five newest inbox notifications. 401 JSON when signed out; never cached.
import { requireUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { countUnread, listNotifications } from "@/lib/notifications/inbox/list-notifications";
import { BELL_LATEST_COUNT, toBellItem, type TNotificationSummary } from "@/lib/notifications/inbox/bell-summary";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const NO_STORE = "no-store";

export async function GET() {
  try {
    const user = await requireUser();
    const [unreadCount, page] = await Promise.all([
      countUnread(user.id),
      listNotifications(user.id, { limit: BELL_LATEST_COUNT }),
    ]);
    const body: TNotificationSummary = { unreadCount, latest: page.items.map((item) => toBellItem(item, env.APP_URL)) };
    return Response.json(body, { headers: { "Cache-Control": NO_STORE } });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", NO_STORE);
    return response;
  }
}
