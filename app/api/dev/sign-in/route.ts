// POST /api/dev/sign-in (form: email, callbackUrl) — development-only quick sign-in for seeded
// users. Under a production build it answers 404 and creates nothing.
import { NextResponse } from "next/server";
import { z } from "zod";
import { createDevSession } from "@/lib/auth/create-dev-session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

const ZDevSignIn = z.object({ email: z.email(), callbackUrl: z.string().optional() });

export async function POST(request: Request) {
  try {
    const form = await request.formData();
    const input = ZDevSignIn.parse({ email: form.get("email"), callbackUrl: form.get("callbackUrl") ?? undefined });
    const session = await createDevSession(input.email);
    const response = NextResponse.redirect(new URL(safeCallbackUrl(input.callbackUrl), request.url), 303);
    response.cookies.set(SESSION_COOKIE.name, session.sessionToken, { ...SESSION_COOKIE.options, expires: session.expires });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
