// Who hears about team events, and what they read (the specification's notify_invite_*, notify_roster_change,
// notify_sponsor_approved, notify_promotion_started, notify_achievement_earned).
import type { z } from "zod";
import { db } from "@/lib/db";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { ACHIEVEMENT_KIND } from "@/lib/teams/achievement-kinds";
import type {
  promotionStarted,
  sponsorApproved,
  teamAchievementEarned,
  teamInviteAccepted,
  teamInviteSent,
  teamRosterChanged,
} from "@/inngest/events";
import { rosterChangeWording } from "./roster-change-wording";
import { teamMemberIds } from "./team-members";
import { dateToken, timeToken } from "@/lib/notifications/content/time-tokens";

type TData<T extends { schema: z.ZodType }> = z.infer<T["schema"]>;
type TRequestDraft = Omit<TNotificationRequest, "dedupKey" | "data"> & {
  data?: TNotificationRequest["data"];
  /** Appended to the event's dedup key: what besides the event makes this news (a match's new time). */
  dedupScope?: string;
};

const displayName = (user: { name: string | null; username: string | null }) =>
  user.name ?? user.username ?? "A player";

export async function onInviteSent({
  inviteId,
  teamId,
  inviteeId,
  invitedById,
}: TData<typeof teamInviteSent>): Promise<TRequestDraft[]> {
  const [team, inviter, invite] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, tag: true } }),
    db.user.findUniqueOrThrow({ where: { id: invitedById }, select: { name: true, username: true } }),
    db.teamInvite.findUniqueOrThrow({ where: { id: inviteId }, select: { expiresAt: true } }),
  ]);
  // The exact moment, not a date: the invite lapses at a time of day, and in the invitee's zone.
  const expires = timeToken(invite.expiresAt);
  return [
    {
      type: "invite_sent",
      recipientIds: [inviteeId],
      title: `${team.name} invited you to join`,
      body: `${displayName(inviter)} wants you on ${team.name} [${team.tag}]. Accept or decline before ${expires}.`,
      url: "/invites",
      teamId: null,
      data: { inviteId, teamId },
    },
  ];
}

export async function onInviteAccepted({ teamId, userId }: TData<typeof teamInviteAccepted>): Promise<TRequestDraft[]> {
  const [team, player] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, slug: true, captainId: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, username: true } }),
  ]);
  return [
    {
      type: "invite_accepted",
      recipientIds: [team.captainId],
      title: `${displayName(player)} joined ${team.name}`,
      body: `${displayName(player)} accepted your invite and is now on the roster of ${team.name}.`,
      url: `/teams/${team.slug}`,
      teamId,
    },
  ];
}

export async function onRosterChanged({
  teamId,
  userId,
  change,
  actorId,
}: TData<typeof teamRosterChanged>): Promise<TRequestDraft[]> {
  const [team, player] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, slug: true, captainId: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, username: true } }),
  ]);
  // A player who joined through an invite: the captain already hears it as "invite accepted". A
  // player who left on their own is news to everyone left, the captain first.
  const except = [actorId, ...(change === "added" && actorId === userId ? [team.captainId] : [])];
  const recipients = await teamMemberIds(db, teamId, except);
  // The player concerned is off the roster now (removed, or never on it), but hears about it.
  const isOffRoster = change === "removed" || change === "invite_withdrawn";
  if (isOffRoster && userId !== actorId && !recipients.includes(userId)) recipients.push(userId);
  return [
    {
      ...rosterChangeWording(change, displayName(player), team.name),
      recipientIds: recipients,
      url: `/teams/${team.slug}`,
      teamId,
    },
  ];
}

export async function onSponsorApproved({
  sponsorId,
  teamId,
}: TData<typeof sponsorApproved>): Promise<TRequestDraft[]> {
  const sponsor = await db.teamSponsor.findUniqueOrThrow({
    where: { id: sponsorId },
    select: { name: true, endsAt: true, team: { select: { name: true, slug: true } } },
  });
  return [
    {
      type: "sponsor_approved",
      recipientIds: await teamMemberIds(db, teamId),
      title: `${sponsor.name} now sponsors ${sponsor.team.name}`,
      body: `The sponsorship of ${sponsor.team.name} by ${sponsor.name} was approved and runs until ${dateToken(sponsor.endsAt)}.`,
      url: `/teams/${sponsor.team.slug}`,
      teamId,
    },
  ];
}

export async function onPromotionStarted({
  promotionId,
  teamId,
}: TData<typeof promotionStarted>): Promise<TRequestDraft[]> {
  const promotion = await db.teamPromotion.findUniqueOrThrow({
    where: { id: promotionId },
    select: { title: true, description: true, team: { select: { name: true, slug: true } } },
  });
  return [
    {
      type: "promotion_started",
      recipientIds: await teamMemberIds(db, teamId),
      title: `${promotion.team.name}: ${promotion.title} is live`,
      body: promotion.description ?? `${promotion.team.name}'s promotion "${promotion.title}" has started.`,
      url: `/teams/${promotion.team.slug}`,
      teamId,
    },
  ];
}

export async function onAchievementEarned({
  teamId,
  tournamentId,
  kind,
}: TData<typeof teamAchievementEarned>): Promise<TRequestDraft[]> {
  const [team, tournament] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, slug: true } }),
    db.tournament.findUniqueOrThrow({ where: { id: tournamentId }, select: { name: true } }),
  ]);
  return [
    {
      type: "achievement_earned",
      recipientIds: await teamMemberIds(db, teamId),
      title: `${team.name}: ${ACHIEVEMENT_KIND[kind].title} of ${tournament.name}`,
      body: `${team.name} earned the ${ACHIEVEMENT_KIND[kind].title.toLowerCase()} achievement in ${tournament.name}. It now shows on the team page.`,
      url: `/teams/${team.slug}`,
      teamId,
    },
  ];
}

export type { TRequestDraft };
