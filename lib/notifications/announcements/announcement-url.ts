// Where an announcement may link: a same-site path ("/tournaments/nightfall-masters") or an https
// URL. Nothing a browser could read as another scheme or another host: no "//host" or "/\host"
// (protocol-relative), no whitespace or control characters (browsers drop tabs and newlines, so
// "/\t/evil.test" would become "//evil.test"), no credentials in an https URL.

/** Longest link kept; real links are far shorter. */
export const ANNOUNCEMENT_URL_MAX_LENGTH = 2_000;

const UNSAFE_PATH_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;

export function isAllowedAnnouncementUrl(value: string): boolean {
  if (value.length === 0 || value.length > ANNOUNCEMENT_URL_MAX_LENGTH) return false;
  if (value.startsWith("/")) return !value.startsWith("//") && !UNSAFE_PATH_CHARACTERS.test(value);
  if (UNSAFE_PATH_CHARACTERS.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}
