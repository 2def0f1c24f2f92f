// Links in emails and Discord embeds must be absolute: a notification's url is usually an app path
// ("/tournaments/spring-cup"). Only http(s) links pass through; anything else (javascript:, data:,
// a protocol-relative "//host") falls back to the notification center, so user-influenced urls can
// never become a script link.

export function toAbsoluteUrl(appUrl: string, url: string | null | undefined): string {
  const base = appUrl.replace(/\/+$/, "");
  const fallback = `${base}/notifications`;
  const value = url?.trim();
  if (!value || value.startsWith("//") || value.startsWith("\\")) return fallback;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      const parsed = new URL(value);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : fallback;
    } catch {
      return fallback;
    }
  }
  return `${base}/${value.replace(/^\/+/, "")}`;
}
