// Admin's "Review" before an announcement goes out: what players will get, from the code that will
// send it — the in-app notice (as the center shows it), the email rendered by the real template
// through the real mail-merge path (render-notification-emails.ts: subject, HTML, plain text, user
// text escaped exactly as sent), and who it reaches now ("to 3 players in Crown Cup"). The input is
// checked as createAnnouncement checks it, so what passes review is what can be sent. Reads only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { plural } from "@/lib/format/plural";
import { toSafeLink } from "@/lib/links/safe-link";
import { NOTIFICATION_CATALOG } from "@/lib/notifications/catalog";
import { emailLinksFor } from "@/lib/notifications/email/email-links";
import { renderNotificationEmails } from "@/lib/notifications/email/render-notification-emails";
import { parseInput } from "@/lib/validation/parse-input";
import { summarizeAudience, type TAnnouncementAudience } from "./announcement-audience";
import { type TCreateAnnouncementInput, ZCreateAnnouncementInput } from "./create-announcement";

const TYPE = "announcement" as const;

export type TPreviewAnnouncementInput = TCreateAnnouncementInput;

export type TAnnouncementPreview = {
  /** The notice in the center and the bell: its type label, title, body and (safe) link. */
  notification: { type: typeof TYPE; typeLabel: string; title: string; body: string; href: string | null };
  /** The single-notification email, addressed to the admin reviewing it (their name, their unsubscribe link). */
  email: { subject: string; html: string; text: string };
  recipientCount: number;
  /** "to 3 players in Crown Cup", "to all 14 players", "to 1 player on Crimson Vanguard". */
  audienceLine: string;
  /** Why nobody would receive it, when nobody would (sending is then refused); else null. */
  emptyReason: string | null;
};

export async function previewAnnouncement(
  actor: TActor,
  input: TPreviewAnnouncementInput,
): Promise<TAnnouncementPreview> {
  assertAdmin(actor);
  const { title, body, url, ...audience } = parseInput(ZCreateAnnouncementInput, input);
  const [summary, targetName, reviewer] = await Promise.all([
    summarizeAudience(db, audience),
    audienceName(audience),
    db.user.findUnique({ where: { id: actor.id }, select: { name: true } }),
  ]);
  const links = emailLinksFor(actor.id, TYPE);
  const [email] = await renderNotificationEmails([
    {
      appUrl: links.appUrl,
      recipientName: reviewer?.name ?? null,
      notification: { type: TYPE, title, body, url },
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
    },
  ]);
  if (!email) throw new Error("Rendering one email gave none.");
  return {
    notification: {
      type: TYPE,
      typeLabel: NOTIFICATION_CATALOG[TYPE].label,
      title,
      body,
      href: toSafeLink(url, env.APP_URL),
    },
    email,
    recipientCount: summary.recipientCount,
    audienceLine: audienceLine(audience, summary.recipientCount, targetName),
    emptyReason: summary.emptyReason,
  };
}

/** The team's or tournament's name (summarizeAudience has already refused an unknown one). */
async function audienceName(audience: TAnnouncementAudience): Promise<string | null> {
  if (audience.audience === "ALL") return null;
  const where = { where: { id: audience.targetId }, select: { name: true } };
  const row = audience.audience === "TEAM" ? await db.team.findUnique(where) : await db.tournament.findUnique(where);
  return row?.name ?? null;
}

function audienceLine(audience: TAnnouncementAudience, count: number, name: string | null): string {
  const players = plural(count, "player", "players");
  if (audience.audience === "ALL") return count === 1 ? "to the 1 player" : `to all ${players}`;
  return `to ${players} ${audience.audience === "TEAM" ? "on" : "in"} ${name ?? "that audience"}`;
}
