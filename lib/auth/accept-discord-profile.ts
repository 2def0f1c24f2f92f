// Which Discord profiles may sign in. Discord returns `email` whatever `verified` says, and Auth.js's
// Discord provider passes it through unchecked; with email account linking on (lib/auth/discord-provider.ts)
// anyone could add a victim's address to a Discord account, leave it unverified, and be signed in
// as the victim. So a Discord sign-in (or link) goes ahead only with an email Discord has verified.
// The rule holds for accounts linked earlier too: a link made through that hole before this rule
// existed stops working while its Discord email stays unverified.
import { z } from "zod";

/** `?error=` codes on the sign-in page for a refused Discord sign-in (app/sign-in/page.tsx words them). */
export const DISCORD_SIGN_IN_ERROR = {
  /** Discord reports the account's email as not verified. */
  emailUnverified: "DiscordEmailUnverified",
  /** The Discord account has no email (phone-only accounts): nothing to match or verify. */
  emailMissing: "DiscordEmailMissing",
} as const;

export type TDiscordSignInError = (typeof DISCORD_SIGN_IN_ERROR)[keyof typeof DISCORD_SIGN_IN_ERROR];

// The parts of Discord's user object (GET /users/@me with the `email` scope) the rule reads.
const ZDiscordProfile = z.object({
  email: z.string().trim().min(1).nullish().catch(null),
  // Anything but a literal `true` (missing, "true", 1) counts as unverified.
  verified: z.literal(true).optional().catch(undefined),
});

export type TDiscordProfileDecision = { isAccepted: true } | { isAccepted: false; error: TDiscordSignInError };

/** Accepts a Discord profile only when it carries an email that Discord marks `verified: true`. */
export function acceptDiscordProfile(profile: unknown): TDiscordProfileDecision {
  const parsed = ZDiscordProfile.safeParse(profile ?? {});
  if (!parsed.success || !parsed.data.email) return { isAccepted: false, error: DISCORD_SIGN_IN_ERROR.emailMissing };
  if (parsed.data.verified !== true) return { isAccepted: false, error: DISCORD_SIGN_IN_ERROR.emailUnverified };
  return { isAccepted: true };
}
