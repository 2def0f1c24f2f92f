// Which time zone names we accept: real IANA zones as this runtime's Intl knows them, including
// their aliases (browsers report "Asia/Kolkata" as well as "Asia/Calcutta"), plus "UTC". Offsets
// like "+05:00" are refused: they have no daylight-saving rules, so a digest time would drift.
export const DEFAULT_TIME_ZONE = "UTC";

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const cache = new Map<string, string | null>();

/**
 * The canonical spelling of an IANA time zone (as Intl resolves it, e.g. "europe/berlin" →
 * "Europe/Berlin"), or null when it is not a time zone.
 */
export function normalizeTimeZone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const name = value.trim();
  if (!IANA_NAME.test(name) || name.length > 64) return null;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let resolved: string | null;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    resolved = null;
  }
  if (cache.size < 1000) cache.set(name, resolved);
  return resolved;
}

/** Every zone the runtime lists (plus UTC), for a settings select. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(DEFAULT_TIME_ZONE) ? zones : [DEFAULT_TIME_ZONE, ...zones];
}
