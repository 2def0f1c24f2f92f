// Times inside a notification's title and body are stored as tokens, not as words: a notification is
// written once for all its recipients (lib/notifications/notify/create-notifications.ts), yet each
// reads it in their own time zone. Every place that shows a title or body renders the tokens:
// - the notification center and the bell: in the viewer's zone (lib/notifications/inbox/*);
// - emails, single and digest: in the recipient's zone (lib/notifications/email/render-batch-emails.ts);
// - Discord: as Discord's own timestamp markup, which each reader's client shows in their zone
//   (lib/notifications/discord/build-embed.ts).
//
// Syntax: `{{t:<instant>}}` a date and time, `{{d:<instant>}}` a date alone, where <instant> is
// exactly what Date.toISOString() prints ("2026-12-04T17:00:00.000Z"). Anything else — older rows
// written as text, free text from the announcement composer, a malformed token — renders as typed.
import { formatDateTime } from "@/lib/format/format-date-time";

export type TTimeTokenKind = "t" | "d";

const TOKEN = /\{\{([td]):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\}\}/g;

/** A date and time, shown with its zone: "Fri, 4 Dec 2026, 18:00 CET" for a Berlin reader. */
export function timeToken(at: Date): string {
  return `{{t:${at.toISOString()}}}`;
}

/** A date alone, as the reader's calendar has it: "Fri, 4 Dec 2026". */
export function dateToken(at: Date): string {
  return `{{d:${at.toISOString()}}}`;
}

/** Each valid token replaced by `render(instant, kind)`; the rest of the text untouched. */
export function replaceTimeTokens(text: string, render: (at: Date, kind: TTimeTokenKind) => string): string {
  return text.replace(TOKEN, (token, kind: TTimeTokenKind, iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? token : render(at, kind);
  });
}

/** The text as a reader in `timeZone` reads it (lib/format/format-date-time.ts, zone named). */
export function renderTimeTokens(text: string, timeZone: string): string {
  return replaceTimeTokens(text, (at, kind) => formatDateTime(at, timeZone, { withTime: kind === "t" }));
}

/**
 * Discord's timestamp markup (https://discord.com/developers/docs/reference#message-formatting):
 * `f` "4 December 2026 18:00", `D` "4 December 2026", each in the reading client's zone. It works
 * in an embed's description and fields, not in its title: titles use renderTimeTokens with "UTC".
 */
export function renderDiscordTimeTokens(text: string): string {
  return replaceTimeTokens(text, (at, kind) => `<t:${Math.floor(at.getTime() / 1000)}:${kind === "t" ? "f" : "D"}>`);
}
