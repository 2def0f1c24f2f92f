// The one channel-resolution rule: the user's list for the type (or its default),
// minus globally opted-out channels, minus email without a verified address, minus Discord without
// a linked account. Removed channels come back with a reason the user understands, so every
// SKIPPED delivery can answer "why didn't I get this?".
import type { TChannel, TNotificationType } from "@/lib/notifications/catalog";
import type { TPreferences } from "./to-preferences";

export type TContact = { hasVerifiedEmail: boolean; hasDiscord: boolean };
export type TSkippedChannel = { channel: TChannel; reason: string };
export type TResolvedChannels = { channels: TChannel[]; skipped: TSkippedChannel[] };

export const SKIP_REASONS = {
  optOutInApp: "you turned off all in-app notifications",
  optOutEmail: "you turned off all email",
  optOutDiscord: "you turned off all Discord notifications",
  noVerifiedEmail: "no verified email address",
  noDiscord: "no Discord account linked",
} as const;

/** Why `channel` cannot be used for this user, or null when it can. The user's own switch wins. */
function blockedBecause(
  channel: TChannel,
  prefs: Pick<TPreferences, "optOutEmail" | "optOutInApp" | "optOutDiscord">,
  contact: TContact,
): string | null {
  switch (channel) {
    case "in_app":
      return prefs.optOutInApp ? SKIP_REASONS.optOutInApp : null;
    case "email":
      if (prefs.optOutEmail) return SKIP_REASONS.optOutEmail;
      return contact.hasVerifiedEmail ? null : SKIP_REASONS.noVerifiedEmail;
    case "discord":
      if (prefs.optOutDiscord) return SKIP_REASONS.optOutDiscord;
      return contact.hasDiscord ? null : SKIP_REASONS.noDiscord;
  }
}

export function resolveChannels(
  type: TNotificationType,
  prefs: Pick<TPreferences, "channels" | "optOutEmail" | "optOutInApp" | "optOutDiscord">,
  contact: TContact,
): TResolvedChannels {
  const channels: TChannel[] = [];
  const skipped: TSkippedChannel[] = [];
  for (const channel of prefs.channels[type]) {
    const reason = blockedBecause(channel, prefs, contact);
    if (reason) skipped.push({ channel, reason });
    else channels.push(channel);
  }
  return { channels, skipped };
}
