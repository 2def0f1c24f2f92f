// GET /api/notifications/summary — the bell's data when it cannot stream (and its first paint after
// a reconnect): the signed-in user's unread count and five newest inbox notifications. Conditional:
// the ETag is this process's version of the user's notifications (lib/notifications/live/live-hub.ts),
// so an unchanged summary answers 304 without reading the notification tables. 401 JSON when signed out.
import { requireUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { loadBellSummary } from "@/lib/notifications/inbox/load-bell-summary";
import { getLiveHub } from "@/lib/notifications/live/live-hub";

export const dynamic = "force-dynamic";

/** The browser may keep it, but must ask again each time (with If-None-Match). */
const REVALIDATE = "private, no-cache";

export async function GET(request: Request) {
  try {
    const user = await requireUser();
    const hub = await getLiveHub();
    // Read before the summary: a change that lands meanwhile gets a newer version, so this ETag goes stale.
    const etag = hub.isListening ? `W/"${hub.epoch}-${hub.version(user.id)}"` : null;
    if (etag && request.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": REVALIDATE } });
    const summary = await loadBellSummary(user.id);
    return Response.json(summary, { headers: { "Cache-Control": REVALIDATE, ...(etag ? { ETag: etag } : {}) } });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}
