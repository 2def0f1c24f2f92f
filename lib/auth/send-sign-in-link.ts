// Auth.js's sendVerificationRequest: the magic link goes through the app's mail layer (Resend when
// configured, else captured for the development mailbox) instead of Auth.js's hard-coded Resend URL.
// Every magic link passes here — from the sign-in form's action and from a direct POST to Auth.js's
// /api/auth/signin/email — so this is where requests are rate limited, before any mail is sent.
// Auth.js errors from @auth/core (next-auth re-exports them): next-auth itself cannot load under Vitest.
import { EmailSignInError } from "@auth/core/errors";
import { render } from "@react-email/render";
import SignInLinkEmail from "@/emails/sign-in-link";
import { getClientIp } from "@/lib/http/get-client-ip";
import { sendEmail } from "@/lib/mail/send-email";
import { limitSignInRequests } from "./limit-sign-in-requests";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;

type TSendVerificationRequestParams = { identifier: string; url: string; request: Request };

export function sendSignInLink(params: TSendVerificationRequestParams): Promise<void> {
  const sending = limitAndSend(params);
  // Auth.js awaits this promise only after hashing the token (node_modules/@auth/core/lib/actions/
  // signin/send-token.js): a refusal before then would be reported as an unhandled rejection. Mark it
  // handled now; Auth.js still receives the error.
  sending.catch(() => undefined);
  return sending;
}

async function limitAndSend({ identifier, url, request }: TSendVerificationRequestParams): Promise<void> {
  try {
    await limitSignInRequests({ email: identifier, ip: getClientIp(request.headers) });
    const email = SignInLinkEmail({
      url,
      host: new URL(url).host,
      expiresInMinutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60,
    });
    await sendEmail({
      to: identifier,
      subject: "Your DeltaCrown sign-in link",
      html: await render(email),
      text: await render(email, { plainText: true }),
    });
  } catch (error) {
    // Auth.js rethrows its own errors to a server action's signIn(), which can then show why (the
    // AppError, e.g. RATE_LIMITED, is `cause.err`); any other error would become a redirect to its
    // error page that the action cannot tell from success.
    throw new EmailSignInError("The sign-in link was not sent", {
      cause: { err: error instanceof Error ? error : new Error(String(error)) },
    });
  }
}
