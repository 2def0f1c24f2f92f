// A user's notification preferences as the rest of the app sees them: every type with its channel
// list filled in. The database row stores only the types whose list differs from the catalog
// default (so a changed default reaches everyone who never chose), which is what these two pure
// functions translate between. Stored JSON is read defensively: junk never breaks delivery.
import {
  CHANNELS,
  isChannel,
  isNotificationType,
  NOTIFICATION_CATALOG,
  NOTIFICATION_TYPES,
  type TChannel,
  type TNotificationType,
} from "@/lib/notifications/catalog";
import { DEFAULT_DIGEST_TIME, isDigestTime } from "./digest-time";
import { DEFAULT_TIME_ZONE, normalizeTimeZone } from "./time-zone";

export type TChannelMap = Record<TNotificationType, TChannel[]>;

export type TPreferences = {
  userId: string;
  channels: TChannelMap;
  optOutEmail: boolean;
  optOutInApp: boolean;
  optOutDiscord: boolean;
  digestEnabled: boolean;
  digestTime: string;
  timezone: string;
};

/** The columns of a NotificationPreference row that matter here (a Prisma row fits). */
export type TPreferenceRow = {
  channels: unknown;
  optOutEmail: boolean;
  optOutInApp: boolean;
  optOutDiscord: boolean;
  digestEnabled: boolean;
  digestTime: string;
};

/** Known channels only, each once, in CHANNELS order — so equal choices compare equal. */
export function normalizeChannels(channels: readonly unknown[]): TChannel[] {
  return CHANNELS.filter((channel) => channels.includes(channel));
}

export function defaultChannelMap(): TChannelMap {
  return Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => [type, [...NOTIFICATION_CATALOG[type].defaultChannels]]),
  ) as TChannelMap;
}

/**
 * The defaults, shared by every user who has not chosen otherwise (the notify pipeline reads the
 * preferences of thousands of users at once). Frozen, so no caller can change them for everyone.
 */
const SHARED_DEFAULTS: TChannelMap = Object.freeze(
  Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => [type, Object.freeze([...NOTIFICATION_CATALOG[type].defaultChannels])]),
  ),
) as TChannelMap;

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

export function toPreferences(row: TPreferenceRow | null, user: { id: string; timezone: string }): TPreferences {
  return {
    userId: user.id,
    channels: withOverrides(readOverrides(row?.channels)),
    optOutEmail: row?.optOutEmail === true,
    optOutInApp: row?.optOutInApp === true,
    optOutDiscord: row?.optOutDiscord === true,
    digestEnabled: row ? row.digestEnabled !== false : true,
    digestTime: isDigestTime(row?.digestTime) ? row.digestTime : DEFAULT_DIGEST_TIME,
    timezone: normalizeTimeZone(user.timezone) ?? DEFAULT_TIME_ZONE,
  };
}

function withOverrides(overrides: Partial<TChannelMap>): TChannelMap {
  return Object.keys(overrides).length === 0 ? SHARED_DEFAULTS : { ...SHARED_DEFAULTS, ...overrides };
}

/** What to store in NotificationPreference.channels: only the types that differ from the default. */
export function toChannelOverrides(channels: Partial<TChannelMap>): Partial<Record<TNotificationType, TChannel[]>> {
  const overrides: Partial<TChannelMap> = {};
  for (const [type, list] of Object.entries(channels)) {
    if (!isNotificationType(type) || !list) continue;
    const normalized = normalizeChannels(list.filter(isChannel));
    if (normalized.join() !== NOTIFICATION_CATALOG[type].defaultChannels.join()) overrides[type] = normalized;
  }
  return overrides;
}
