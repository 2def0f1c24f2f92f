// Auth.js's sendVerificationRequest: the magic link goes through the app's mail layer (Resend when
// configured, else captured for the development mailbox) instead of Auth.js's hard-coded Resend URL.
import { render } from "@react-email/render";
import SignInLinkEmail from "@/emails/sign-in-link";
import { sendEmail } from "@/lib/mail/send-email";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;

export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  const email = SignInLinkEmail({ url, host: new URL(url).host, expiresInMinutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 });
  await sendEmail({
    to: identifier,
    subject: "Your DeltaCrown sign-in link",
    html: await render(email),
    text: await render(email, { plainText: true }),
  });
}
