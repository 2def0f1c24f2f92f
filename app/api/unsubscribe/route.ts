// POST /api/unsubscribe?token=… — RFC 8058 one-click unsubscribe: mail clients POST
// "List-Unsubscribe=One-Click" here with no login or cookies; the signed token is the only
// authority and it can only turn email off. The confirm page's form posts here too (from=page)
// and is sent back to the page. GET changes nothing (scanners prefetch links): it shows the page.
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { applyUnsubscribe } from "@/lib/notifications/unsubscribe/apply-unsubscribe";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe/unsubscribe-token";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

async function readForm(request: Request): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

function pageLocation(token: string, done: boolean): string {
  const params = new URLSearchParams({ token });
  if (done) params.set("done", "1");
  return `/unsubscribe?${params.toString()}`;
}

export async function POST(request: Request) {
  try {
    const form = await readForm(request);
    const formToken = form?.get("token");
    const token = new URL(request.url).searchParams.get("token") ?? (typeof formToken === "string" ? formToken : null);
    const payload = verifyUnsubscribeToken(token);
    if (!token || !payload)
      throw new AppError(
        "INVALID_INPUT",
        "This unsubscribe link is invalid or incomplete. Use the link from the email, or change your notification settings.",
      );
    const result = await applyUnsubscribe(payload);
    if (form?.get("from") === "page") {
      return new Response(null, { status: 303, headers: { Location: pageLocation(token, true), ...NO_STORE } });
    }
    return Response.json({ ok: true, ...result }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Clients without one-click support open the header's URL in a browser: show the confirm page. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, { status: 303, headers: { Location: pageLocation(token, false), ...NO_STORE } });
}
