// What the sign-in page says for `?error=<code>`: Auth.js's own codes (pages.error is the sign-in
// page, lib/auth/auth-config.ts) and the app's refused Discord sign-ins (lib/auth/accept-discord-profile.ts).
import { DISCORD_SIGN_IN_ERROR } from "./accept-discord-profile";

const SIGN_IN_ERROR_MESSAGES: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email already belongs to an account. Sign in with email first.",
  [DISCORD_SIGN_IN_ERROR.emailUnverified]:
    "Your Discord account's email address is not verified. Verify it in Discord (User Settings → My Account) and try again, or sign in with an email link below.",
  [DISCORD_SIGN_IN_ERROR.emailMissing]:
    "Your Discord account has no email address. Add and verify one in Discord and try again, or sign in with an email link below.",
};

/** The message for an error code; a generic one for codes without their own; null without a code. */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return SIGN_IN_ERROR_MESSAGES[code] ?? "Sign-in failed. Please try again.";
}
