// A user's notification preferences as the rest of the app sees them: every type with its channel
// list and its email mode filled in. In `channels`, "email" means instant email; `emailModes` says
// instant / digest / off and always agrees with it. The database row stores only what differs from
// the catalog default (so a changed default reaches everyone who never chose): the channel lists in
// `channels`, and in `emailDigest` whether a type goes in the daily digest. These pure functions
// translate between the two. Stored JSON is read defensively: junk never breaks delivery.
import {
  CHANNELS,
  isChannel,
  isNotificationType,
  isQuietHoursMode,
  NOTIFICATION_CATALOG,
  NOTIFICATION_TYPES,
  type TChannel,
  type TEmailMode,
  type TNotificationType,
  type TQuietHoursMode,
} from "@/lib/notifications/catalog";
import type { TQuietHours } from "@/lib/notifications/quiet-hours/quiet-window";
import { DEFAULT_DIGEST_TIME, isDigestTime } from "./digest-time";
import { DEFAULT_TIME_ZONE, normalizeTimeZone } from "./time-zone";

export type TChannelMap = Record<TNotificationType, TChannel[]>;
export type TEmailModeMap = Record<TNotificationType, TEmailMode>;
export type TQuietHoursModeMap = Record<TNotificationType, TQuietHoursMode>;

export type TPreferences = {
  userId: string;
  channels: TChannelMap;
  emailModes: TEmailModeMap;
  optOutEmail: boolean;
  optOutInApp: boolean;
  optOutDiscord: boolean;
  digestTime: string;
  timezone: string;
  /** Off when null. */
  quietHours: TQuietHours | null;
  duringQuietHours: TQuietHoursModeMap;
};

/** The columns of a NotificationPreference row that matter here (a Prisma row fits). */
export type TPreferenceRow = {
  channels: unknown;
  emailDigest: unknown;
  optOutEmail: boolean;
  optOutInApp: boolean;
  optOutDiscord: boolean;
  digestTime: string;
  quietHoursStart?: string | null;
  quietHoursEnd?: string | null;
  duringQuietHours?: unknown;
};

/** The stored form of a user's choices (NotificationPreference.channels and .emailDigest). */
export type TStoredChoices = {
  channels: Partial<Record<TNotificationType, TChannel[]>>;
  emailDigest: Partial<Record<TNotificationType, boolean>>;
};

/** Known channels only, each once, in CHANNELS order — so equal choices compare equal. */
export function normalizeChannels(channels: readonly unknown[]): TChannel[] {
  return CHANNELS.filter((channel) => channels.includes(channel));
}

/** A type's default channels: its in-app/Discord defaults, plus email when it is instant by default. */
function defaultChannelsOf(type: TNotificationType): TChannel[] {
  const { defaultChannels, defaultEmail } = NOTIFICATION_CATALOG[type];
  return normalizeChannels([...defaultChannels, ...(defaultEmail === "instant" ? ["email"] : [])]);
}

/** Whether a type goes in the daily digest when the user has not chosen. */
const isDigestByDefault = (type: TNotificationType) => NOTIFICATION_CATALOG[type].defaultEmail === "digest";

export function defaultChannelMap(): TChannelMap {
  return Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, defaultChannelsOf(type)])) as TChannelMap;
}

export function defaultEmailModes(): TEmailModeMap {
  return Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => [type, NOTIFICATION_CATALOG[type].defaultEmail]),
  ) as TEmailModeMap;
}

/** The types that go in the daily digest by default (the digest queries' fallback for a type the user never chose). */
export const DIGEST_TYPES_BY_DEFAULT: readonly TNotificationType[] = NOTIFICATION_TYPES.filter(isDigestByDefault);

/**
 * The defaults, shared by every user who has not chosen otherwise (the notify pipeline reads the
 * preferences of thousands of users at once). Frozen, so no caller can change them for everyone.
 */
const SHARED_DEFAULTS: TChannelMap = Object.freeze(
  Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, Object.freeze(defaultChannelsOf(type))])),
) as TChannelMap;
const SHARED_EMAIL_MODES: TEmailModeMap = Object.freeze(defaultEmailModes());

/**
 * Reads stored overrides: unknown types are ignored; a list keeps its known channels; a list with
 * only unknown values (or a non-list) counts as no choice and the default applies. An explicit
 * empty list is a choice: nothing for that type.
 */
function readOverrides(stored: unknown): Partial<TChannelMap> {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const overrides: Partial<TChannelMap> = {};
  for (const [type, list] of Object.entries(stored)) {
    if (!isNotificationType(type) || !Array.isArray(list)) continue;
    const channels = normalizeChannels(list);
    if (channels.length > 0 || list.length === 0) overrides[type] = channels;
  }
  return overrides;
}

/** Stored digest choices: a boolean per known type; anything else is no choice. */
function readDigestOverrides(stored: unknown): Partial<Record<TNotificationType, boolean>> {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(([type, value]) => isNotificationType(type) && typeof value === "boolean"),
  );
}

const SHARED_QUIET_MODES: TQuietHoursModeMap = Object.freeze(
  Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, NOTIFICATION_CATALOG[type].duringQuietHours])),
) as TQuietHoursModeMap;

/** Stored quiet-hours choices: "hold" / "send" per known type; anything else is no choice. */
function readQuietOverrides(stored: unknown): Partial<TQuietHoursModeMap> {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(([type, value]) => isNotificationType(type) && isQuietHoursMode(value)),
  );
}

/** The per-type quiet-hours modes after applying stored overrides. */
export function toQuietModes(stored: unknown): TQuietHoursModeMap {
  const overrides = readQuietOverrides(stored);
  return Object.keys(overrides).length === 0 ? SHARED_QUIET_MODES : { ...SHARED_QUIET_MODES, ...overrides };
}

/** What to store: only the types whose quiet-hours mode differs from the catalog's. */
export function toStoredQuietModes(modes: Partial<TQuietHoursModeMap>): Partial<TQuietHoursModeMap> {
  return Object.fromEntries(
    NOTIFICATION_TYPES.filter((type) => {
      const mode = modes[type];
      return mode !== undefined && mode !== NOTIFICATION_CATALOG[type].duringQuietHours;
    }).map((type) => [type, modes[type]]),
  );
}

export function toPreferences(row: TPreferenceRow | null, user: { id: string; timezone: string }): TPreferences {
  const channelOverrides = readOverrides(row?.channels);
  const digestOverrides = readDigestOverrides(row?.emailDigest);
  const channels =
    Object.keys(channelOverrides).length === 0 ? SHARED_DEFAULTS : { ...SHARED_DEFAULTS, ...channelOverrides };
  const emailModes =
    Object.keys(channelOverrides).length === 0 && Object.keys(digestOverrides).length === 0
      ? SHARED_EMAIL_MODES
      : (Object.fromEntries(
          NOTIFICATION_TYPES.map((type) => [
            type,
            channels[type].includes("email")
              ? "instant"
              : (digestOverrides[type] ?? isDigestByDefault(type))
                ? "digest"
                : "off",
          ]),
        ) as TEmailModeMap);
  return {
    userId: user.id,
    channels,
    emailModes,
    optOutEmail: row?.optOutEmail === true,
    optOutInApp: row?.optOutInApp === true,
    optOutDiscord: row?.optOutDiscord === true,
    digestTime: isDigestTime(row?.digestTime) ? row.digestTime : DEFAULT_DIGEST_TIME,
    timezone: normalizeTimeZone(user.timezone) ?? DEFAULT_TIME_ZONE,
    quietHours:
      isDigestTime(row?.quietHoursStart) && isDigestTime(row?.quietHoursEnd)
        ? { start: row.quietHoursStart, end: row.quietHoursEnd }
        : null,
    duringQuietHours: toQuietModes(row?.duringQuietHours),
  };
}

/**
 * The choices after a change: new channel lists for some types (email in a list = instant) and
 * new email modes for some (a mode wins over the list's email). Every type's email mode agrees with
 * its channel list afterwards: email added → instant, email removed from an instant type → off.
 */
export function applyChoices(
  current: Pick<TPreferences, "channels" | "emailModes">,
  change: { channels?: Partial<TChannelMap>; emailModes?: Partial<TEmailModeMap> },
): Pick<TPreferences, "channels" | "emailModes"> {
  const channels = { ...current.channels };
  const emailModes = { ...current.emailModes };
  for (const type of NOTIFICATION_TYPES) {
    const list = change.channels?.[type];
    if (list) {
      channels[type] = normalizeChannels(list);
      const hasEmail = channels[type].includes("email");
      if (hasEmail) emailModes[type] = "instant";
      else if (emailModes[type] === "instant") emailModes[type] = "off";
    }
    const mode = change.emailModes?.[type];
    if (mode) {
      emailModes[type] = mode;
      channels[type] = normalizeChannels([
        ...channels[type].filter((each) => each !== "email"),
        ...(mode === "instant" ? ["email"] : []),
      ]);
    }
  }
  return { channels, emailModes };
}

/** What to store: only the types whose channel list, or whose digest choice, differs from the default. */
export function toStoredChoices(choices: Pick<TPreferences, "channels" | "emailModes">): TStoredChoices {
  const stored: TStoredChoices = { channels: {}, emailDigest: {} };
  for (const type of NOTIFICATION_TYPES) {
    const list = normalizeChannels(choices.channels[type].filter(isChannel));
    if (list.join() !== defaultChannelsOf(type).join()) stored.channels[type] = list;
    const isDigest = choices.emailModes[type] === "digest";
    if (isDigest !== isDigestByDefault(type)) stored.emailDigest[type] = isDigest;
  }
  return stored;
}
