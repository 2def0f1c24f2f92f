// Shortens text to a length limit for Discord embeds and email summaries: cut on a word boundary
// when one is near, never inside a surrogate pair (a split emoji is invalid UTF-16), end with "…".

export const ELLIPSIS = "…";

/**
 * Returns `text` when it fits in `maxLength` (UTF-16 code units, which is never less than what
 * Discord counts), else a shorter text ending in "…" that fits.
 */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength <= 0) return "";
  if (maxLength === 1) return ELLIPSIS;
  let cut = maxLength - ELLIPSIS.length;
  // Never keep half of a surrogate pair.
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  let head = text.slice(0, cut);
  // Prefer the last word break within the final fifth (at most 40 characters back), so a long
  // unbroken word (a URL) is still cut rather than dropped entirely.
  const window = Math.min(40, Math.floor(cut / 5));
  const lastBreak = head.search(/\s\S*$/);
  if (lastBreak > 0 && cut - lastBreak <= window) head = head.slice(0, lastBreak);
  return `${head.trimEnd()}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
