// The settings form's working copy of a user's preferences, and what the page knows about the
// user's contact channels. Pure helpers, shared by the form's pieces.
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
  optOutEmail,
  optOutInApp,
  optOutDiscord,
  digestEnabled,
  digestTime,
  timezone,
}: TPreferences | TPreferencesDraft): TPreferencesDraft {
  return { channels, optOutEmail, optOutInApp, optOutDiscord, digestEnabled, digestTime, timezone };
}

/** Same settings? Channel lists compare in CHANNELS order, so the order of ticking does not matter. */
export function isSameDraft(a: TPreferencesDraft, b: TPreferencesDraft): boolean {
  const channelsOf = (draft: TPreferencesDraft) =>
    NOTIFICATION_TYPES.map((type) =>
      CHANNELS.filter((channel) => draft.channels[type].includes(channel)).join("+"),
    ).join();
  return (
    channelsOf(a) === channelsOf(b) &&
    a.optOutEmail === b.optOutEmail &&
    a.optOutInApp === b.optOutInApp &&
    a.optOutDiscord === b.optOutDiscord &&
    a.digestEnabled === b.digestEnabled &&
    a.digestTime === b.digestTime &&
    a.timezone === b.timezone
  );
}

export function withChannel(
  draft: TPreferencesDraft,
  type: TNotificationType,
  channel: TChannel,
  isOn: boolean,
): TPreferencesDraft {
  const current = draft.channels[type];
  const next = isOn
    ? CHANNELS.filter((each) => each === channel || current.includes(each))
    : current.filter((each) => each !== channel);
  return { ...draft, channels: { ...draft.channels, [type]: next } };
}

/** Types that are never posted to any Discord channel (no platform and no team webhook), so a Discord choice would do nothing. */
export function isDiscordCarried(type: TNotificationType): boolean {
  const { platform, team } = NOTIFICATION_CATALOG[type].discord;
  return platform || team;
}
