// GET /api/notifications/stream — Server-Sent Events for the signed-in user's bell and center: a
// `summary` event (unread count + newest five) on connect, and again whenever their notifications
// change (this process's LISTEN connection hears it: lib/notifications/live/live-hub.ts), plus a
// keep-alive comment. No query per client per tick: only a change (or a connect) reads the tables,
// and the streams that need a summary at the same moment share one batch (summary-loader.ts).
// A reconnect (EventSource does it by itself, after `retry`) gets the current summary first, so
// nothing is missed. On Vercel a function ends at maxDuration: the browser then reconnects.
import { createResponse } from "better-sse";
import { requireUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { SUMMARY_EVENT } from "@/lib/notifications/inbox/bell-summary";
import { getLiveHub } from "@/lib/notifications/live/live-hub";
import { summaryLoader } from "@/lib/notifications/live/summary-loader";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";
export const maxDuration = 300;

/** Changes closer together than this are sent as one summary (an announcement may touch a user twice). */
const COALESCE_MS = 50;

export async function GET(request: Request) {
  let userId: string;
  try {
    userId = (await requireUser()).id;
  } catch (error) {
    return errorResponse(error);
  }
  const hub = await getLiveHub();
  return createResponse(request, { keepAlive: 20_000, retry: 2_000 }, (session) => {
    let timer: NodeJS.Timeout | undefined;
    const send = async () => {
      const version = hub.version(userId);
      const summary = await summaryLoader.load(userId);
      if (session.isConnected) session.push(summary, SUMMARY_EVENT, `${hub.epoch}-${version}`);
    };
    const unsubscribe = hub.subscribe(userId, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void send().catch(() => {}), COALESCE_MS);
    });
    session.once("disconnected", () => {
      clearTimeout(timer);
      unsubscribe();
    });
    void send().catch(() => {});
  });
}
