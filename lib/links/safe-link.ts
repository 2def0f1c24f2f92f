// The one rule for links the app did not write itself: sign-in callback URLs, notification and
// announcement links, email and Discord links. A value is resolved the way a browser would resolve
// it against the app's URL (the WHATWG parser drops tabs and newlines and reads "\" as "/", so
// "/\t/evil.example" and "/\evil.example" both mean "//evil.example"); only what still lands on the
// app's own origin counts as an app link, returned as path + query + hash (re-encoded, never
// carrying a control character into a Location header). Outside links are allowed only where the
// caller says so, and only as a plain https URL without credentials.

/** Longest link kept; real links are far shorter. */
export const LINK_MAX_LENGTH = 2_000;

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

function parse(value: string, base?: string | URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The path + query + hash of `value` when it resolves to the app's own origin; else null. */
export function toAppPath(value: string | null | undefined, appUrl: string): string | null {
  if (!value || value.length > LINK_MAX_LENGTH) return null;
  const app = parse(appUrl);
  const resolved = app ? parse(value, app) : null;
  if (!app || !resolved || resolved.origin !== app.origin || resolved.username || resolved.password) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Where a sign-in may send the browser afterwards: an app path, else the home page. */
export function safeCallbackUrl(value: string | null | undefined, appUrl: string): string {
  return toAppPath(value, appUrl) ?? "/";
}

/**
 * An outside link written out in full as `https://host/…`: no other scheme, no scheme-relative or
 * scheme-only forms ("https:evil"), no whitespace or control characters, no user:password@.
 */
export function toExternalLink(value: string | null | undefined): string | null {
  if (
    !value ||
    value.length > LINK_MAX_LENGTH ||
    !/^https:\/\/[^/\\]/i.test(value) ||
    CONTROL_OR_SPACE.test(value) ||
    value.includes("\\")
  )
    return null;
  const url = parse(value);
  if (!url || url.protocol !== "https:" || !url.hostname || url.username || url.password) return null;
  return url.toString();
}

/** A link a notification may carry: an app path, or a full https URL to another site; else null. */
export function toSafeLink(value: string | null | undefined, appUrl: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  return toAppPath(trimmed, appUrl) ?? toExternalLink(trimmed);
}

/**
 * Whether a link someone typed (an admin's announcement) may be stored: written as an app path
 * ("/…") or a full https URL, with no whitespace, and safe by the rule above.
 */
export function isSafeLinkInput(value: string, appUrl: string): boolean {
  return (
    (value.startsWith("/") || /^https:\/\//i.test(value)) &&
    !CONTROL_OR_SPACE.test(value) &&
    toSafeLink(value, appUrl) !== null
  );
}

/** The same link made absolute (emails, Discord embeds), or `fallback` (an app path) when it is not safe. */
export function toAbsoluteLink(value: string | null | undefined, appUrl: string, fallback = "/notifications"): string {
  const link = toSafeLink(value, appUrl) ?? fallback;
  return link.startsWith("/") ? new URL(link, appUrl).toString() : link;
}
