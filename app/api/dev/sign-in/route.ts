// POST /api/dev/sign-in (form: email, callbackUrl) — development-only quick sign-in for seeded
// users, only from the app's own pages (Origin). Under a production build it answers 404 and
// creates nothing; a body that is not the form answers 400.
import { NextResponse } from "next/server";
import { assertQuickSignInEnabled, createDevSession } from "@/lib/auth/create-dev-session";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    assertQuickSignInEnabled();
    assertSameOrigin(request);
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "Send the sign-in form (email, callbackUrl) as form data.");
    });
    const session = await createDevSession({
      email: String(form.get("email") ?? ""),
      callbackUrl: form.get("callbackUrl")?.toString() ?? null,
    });
    const response = NextResponse.redirect(new URL(session.redirectTo, env.APP_URL), 303);
    response.cookies.set(SESSION_COOKIE.name, session.sessionToken, {
      ...SESSION_COOKIE.options,
      expires: session.expires,
    });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
