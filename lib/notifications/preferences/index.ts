// Notification preferences: read (one user, or many in one query), update, and resolve channels.
export { DEFAULT_DIGEST_TIME, DIGEST_TIMES, isDigestTime } from "./digest-time";
export { getPreferences } from "./get-preferences";
export { getPreferencesForUsers, type TRecipientPreferences } from "./get-preferences-for-users";
export { type TPreferencesUpdate, type TPreferencesUpdateInput, ZPreferencesUpdate } from "./preferences-update-schema";
export { resolveChannels, SKIP_REASONS, type TContact, type TResolvedChannels, type TSkippedChannel } from "./resolve-channels";
export { DEFAULT_TIME_ZONE, listTimeZones, normalizeTimeZone } from "./time-zone";
export { defaultChannelMap, type TChannelMap, toChannelOverrides, toPreferences, type TPreferenceRow, type TPreferences } from "./to-preferences";
export { updatePreferences } from "./update-preferences";
