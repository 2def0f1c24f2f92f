// The settings form's working copy of a user's preferences, and what the page knows about the
// user's contact channels. Pure helpers, shared by the form's pieces.
import {
  CHANNELS,
  NOTIFICATION_CATALOG,
  NOTIFICATION_TYPES,
  type TChannel,
  type TEmailMode,
  type TNotificationType,
} from "@/lib/notifications/catalog";
import { applyChoices, type TPreferences } from "@/lib/notifications/preferences/to-preferences";

/** Quiet hours are saved on their own (components/settings/quiet-hours-settings.tsx), not with this form. */
export type TPreferencesDraft = Omit<TPreferences, "userId" | "quietHours" | "duringQuietHours">;

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
}: TPreferences | TPreferencesDraft): TPreferencesDraft {
  return { channels, emailModes, optOutEmail, optOutInApp, optOutDiscord, digestTime, timezone };
}

/** Same settings? Channel lists compare in CHANNELS order, so the order of ticking does not matter. */
export function isSameDraft(a: TPreferencesDraft, b: TPreferencesDraft): boolean {
  const channelsOf = (draft: TPreferencesDraft) =>
    NOTIFICATION_TYPES.map(
      (type) =>
        `${CHANNELS.filter((channel) => draft.channels[type].includes(channel)).join("+")}/${draft.emailModes[type]}`,
    ).join();
  return (
    channelsOf(a) === channelsOf(b) &&
    a.optOutEmail === b.optOutEmail &&
    a.optOutInApp === b.optOutInApp &&
    a.optOutDiscord === b.optOutDiscord &&
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
  return { ...draft, ...applyChoices(draft, { channels: { [type]: next } }) };
}

export function withEmailMode(draft: TPreferencesDraft, type: TNotificationType, mode: TEmailMode): TPreferencesDraft {
  return { ...draft, ...applyChoices(draft, { emailModes: { [type]: mode } }) };
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
