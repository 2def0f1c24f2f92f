// "Email me a sign-in link": Auth.js sends the magic link through the app's mail layer
// (send-sign-in-link.ts, which also limits how often). A refusal says why when it may: too many
// links asked for says when to try again; anything else is a safe, general message.
import { AuthError } from "@auth/core/errors";
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeCallbackUrl } from "@/lib/links/safe-link";
import { signIn } from "./index";

export const ZRequestSignInLinkInput = z.object({
  email: z.email({ error: "Enter a valid email address." }),
  callbackUrl: z.string().nullish(),
});
export type TRequestSignInLinkInput = z.input<typeof ZRequestSignInLinkInput>;

export async function requestSignInLink(input: TRequestSignInLinkInput): Promise<void> {
  const { email, callbackUrl } = parseInput(ZRequestSignInLinkInput, input);
  try {
    // Without `redirect: false` the browser would land on /api/auth/verify-request (Auth.js's hop).
    await signIn("email", { email, redirectTo: safeCallbackUrl(callbackUrl, env.APP_URL), redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const cause = error.cause?.err;
    if (cause instanceof AppError && cause.code === "RATE_LIMITED") throw cause;
    throw new AppError("UPSTREAM_UNAVAILABLE", "We could not send the sign-in link. Please try again.", {
      cause: error,
    });
  }
}
