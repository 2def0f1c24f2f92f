// The settings page's copy of a user's preferences, and what the page knows about the user's
// contact channels. Pure helpers, shared by the page's pieces.
import {
  CHANNELS,
  NOTIFICATION_CATALOG,
  NOTIFICATION_TYPES,
  type TChannel,
  type TNotificationType,
} from "@/lib/notifications/catalog";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";

export type TPreferencesDraft = Omit<TPreferences, "userId">;

export type TContactInfo = {
  email: string | null;
  hasVerifiedEmail: boolean;
  hasDiscord: boolean;
  isDiscordSignInEnabled: boolean;
};

export type TOptOutKey = "optOutInApp" | "optOutEmail" | "optOutDiscord";

export const OPT_OUT_OF: Record<TChannel, TOptOutKey> = {
  in_app: "optOutInApp",
  email: "optOutEmail",
  discord: "optOutDiscord",
};

export function toDraft({
  channels,
  emailModes,
  optOutEmail,
  optOutInApp,
  optOutDiscord,
  digestTime,
  timezone,
  quietHours,
  duringQuietHours,
}: TPreferences | TPreferencesDraft): TPreferencesDraft {
  return {
    channels,
    emailModes,
    optOutEmail,
    optOutInApp,
    optOutDiscord,
    digestTime,
    timezone,
    quietHours,
    duringQuietHours,
  };
}

/** How many types go in the daily digest (the digest section's summary). */
export function countDigestTypes(draft: TPreferencesDraft): number {
  return NOTIFICATION_TYPES.filter((type) => draft.emailModes[type] === "digest").length;
}

/** Types that are never posted to any Discord channel (no platform and no team webhook), so a Discord choice would do nothing. */
export function isDiscordCarried(type: TNotificationType): boolean {
  const { platform, team } = NOTIFICATION_CATALOG[type].discord;
  return platform || team;
}

export type TColumn = { channel: TChannel; isPaused: boolean; note: string | null };

const OPT_OUT_NOTES: Record<TChannel, string> = {
  in_app: "All in-app notifications are turned off, so the In-app column is paused.",
  email: "All email is turned off, so the Email column is paused.",
  discord: "All Discord notifications are turned off, so the Discord column is paused.",
};

/**
 * The matrix's channel columns. Without a linked Discord account there is no Discord column at all
 * (one "Link Discord" call to action stands in for it): its boxes could only ever be disabled.
 * A channel the user switched off globally stays, paused, so its choices stay visible.
 */
export function matrixColumns(draft: TPreferencesDraft, contact: TContactInfo): TColumn[] {
  return CHANNELS.filter((channel) => channel !== "discord" || contact.hasDiscord).map((channel) =>
    draft[OPT_OUT_OF[channel]]
      ? { channel, isPaused: true, note: OPT_OUT_NOTES[channel] }
      : { channel, isPaused: false, note: null },
  );
}
