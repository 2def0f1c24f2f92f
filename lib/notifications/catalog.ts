// Every notification type in one place: what players see (label, description, emoji), which
// channels it uses until a user changes them (the specification's defaults), where it may go on
// Discord, and its embed colour. Keyed by Prisma's NotificationType, so the list of types is the
// schema's and a new type fails the type check here until it has its entry. Preferences, the
// notify pipeline, email, Discord and the settings UI all read this.
import type { NotificationType } from "@/lib/generated/prisma/enums";

export const CHANNELS = ["in_app", "email", "discord"] as const;
export type TChannel = (typeof CHANNELS)[number];
export type TNotificationType = NotificationType;

/** Email per type: on its own right away, in the daily digest, or never. */
export const EMAIL_MODES = ["instant", "digest", "off"] as const;
export type TEmailMode = (typeof EMAIL_MODES)[number];
export const EMAIL_MODE_LABELS: Record<TEmailMode, string> = {
  instant: "Instant",
  digest: "Daily digest",
  off: "Off",
};

/** What happens to a type's email and Discord mentions during the recipient's quiet hours. */
export const QUIET_HOURS_MODES = ["hold", "send"] as const;
export type TQuietHoursMode = (typeof QUIET_HOURS_MODES)[number];

export type TCatalogEntry = {
  /** Short name shown in settings and email subjects ("Match results"). */
  label: string;
  /** One line a player understands, shown under the label in settings. */
  description: string;
  /** In-app and Discord channels used when the user has not chosen for this type (email: `defaultEmail`). */
  defaultChannels: readonly Exclude<TChannel, "email">[];
  /** Email when the user has not chosen: instant for what cannot wait, the daily digest for the rest. */
  defaultEmail: TEmailMode;
  /** Email and Discord mentions during the user's quiet hours, unless they chose otherwise: held until the window ends, or sent at once. */
  duringQuietHours: TQuietHoursMode;
  /** platform: may post on the public platform webhook; team: posts on the team's own webhook. */
  discord: { platform: boolean; team: boolean };
  /** Discord embed colour (0xRRGGBB). */
  color: number;
  emoji: string;
};

const IN_APP = ["in_app"] as const;

/** In display order: team life, tournaments, standings and rewards, sponsors, platform. */
export const NOTIFICATION_CATALOG: Record<TNotificationType, TCatalogEntry> = {
  invite_sent: {
    label: "Team invites",
    description: "A team invites you to join its roster",
    defaultChannels: IN_APP,
    defaultEmail: "instant",
    duringQuietHours: "hold",
    discord: { platform: false, team: false },
    color: 0x5865f2,
    emoji: "✉️",
  },
  invite_accepted: {
    label: "Invite accepted",
    description: "A player accepts your team's invite",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0x57f287,
    emoji: "🤝",
  },
  roster_changed: {
    label: "Roster changes",
    description: "Players join or leave your team, or change roles",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0x3498db,
    emoji: "🔁",
  },
  tournament_registered: {
    label: "Tournament registrations",
    description: "Your team is registered for a tournament",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0x1abc9c,
    emoji: "📝",
  },
  match_scheduled: {
    label: "Match schedule",
    description: "When your team's next match is set or moved",
    defaultChannels: IN_APP,
    defaultEmail: "instant",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0x9b59b6,
    emoji: "📅",
  },
  match_starting: {
    label: "Match check-in reminders",
    description: "Shortly before your team's match starts",
    defaultChannels: IN_APP,
    defaultEmail: "instant",
    duringQuietHours: "send",
    discord: { platform: false, team: true },
    color: 0x8e44ad,
    emoji: "⏰",
  },
  match_result: {
    label: "Match results",
    description: "Scores of your team's matches",
    defaultChannels: IN_APP,
    defaultEmail: "instant",
    duringQuietHours: "hold",
    discord: { platform: true, team: true },
    color: 0xe67e22,
    emoji: "⚔️",
  },
  bracket_ready: {
    label: "Brackets",
    description: "A tournament you are in publishes its bracket",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: true, team: false },
    color: 0x206694,
    emoji: "🗂️",
  },
  ranking_changed: {
    label: "Ranking changes",
    description: "Your team moves up or down the leaderboard",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: true, team: true },
    color: 0xf1c40f,
    emoji: "📈",
  },
  payout_received: {
    label: "Prize payouts",
    description: "Coins from a tournament prize land in your balance",
    defaultChannels: IN_APP,
    defaultEmail: "instant",
    duringQuietHours: "hold",
    discord: { platform: true, team: true },
    color: 0x2ecc71,
    emoji: "💰",
  },
  achievement_earned: {
    label: "Achievements",
    description: "Your team wins a title or a podium place",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: true, team: true },
    color: 0xffd700,
    emoji: "🏆",
  },
  sponsor_approved: {
    label: "Sponsors",
    description: "A sponsorship for your team is approved",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0xad1457,
    emoji: "🤑",
  },
  promotion_started: {
    label: "Promotions",
    description: "A promotion for your team goes live",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: true },
    color: 0xe91e63,
    emoji: "📣",
  },
  announcement: {
    label: "Announcements",
    description: "News from the DeltaCrown team and tournament organisers",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: true, team: false },
    color: 0x5b3fd6,
    emoji: "📢",
  },
  system: {
    label: "Account and system notices",
    description: "Test notifications and notices about your account or team setup",
    defaultChannels: IN_APP,
    defaultEmail: "digest",
    duringQuietHours: "hold",
    discord: { platform: false, team: false },
    color: 0x95a5a6,
    emoji: "⚙️",
  },
};

/** Every type in catalog order, for settings pages and filters. */
export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_CATALOG) as TNotificationType[];

export const CHANNEL_LABELS: Record<TChannel, string> = { in_app: "In-app", email: "Email", discord: "Discord" };

export function isNotificationType(value: unknown): value is TNotificationType {
  return typeof value === "string" && Object.hasOwn(NOTIFICATION_CATALOG, value);
}

export function isEmailMode(value: unknown): value is TEmailMode {
  return typeof value === "string" && (EMAIL_MODES as readonly string[]).includes(value);
}

export function isQuietHoursMode(value: unknown): value is TQuietHoursMode {
  return typeof value === "string" && (QUIET_HOURS_MODES as readonly string[]).includes(value);
}

export function isChannel(value: unknown): value is TChannel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}
