// What the signed-in home page says that is the player's own: invites waiting for an answer and
// their team's next match. Two short indexed reads, after the team lookup.
import { db } from "@/lib/db";
import { getPlayerTeam, type TPlayerTeam } from "./get-player-team";

const INVITES_SHOWN = 3;

export type TPlayerHome = {
  team: TPlayerTeam | null;
  openInvites: { id: string; teamName: string; invitedBy: string; expiresAt: Date }[];
  openInviteCount: number;
  nextMatch: {
    id: string;
    round: number;
    scheduledAt: Date;
    tournament: { name: string; slug: string };
    opponent: { name: string; slug: string };
  } | null;
};

/** Invites a player can still answer: PENDING and not past expiry (the expire job may lag behind). */
export function openInvitesWhere(userId: string, now: Date) {
  return { inviteeId: userId, status: "PENDING" as const, expiresAt: { gt: now } };
}

export async function countOpenInvites(userId: string, now: Date = new Date()): Promise<number> {
  return db.teamInvite.count({ where: openInvitesWhere(userId, now) });
}

export async function getPlayerHome(userId: string, now: Date = new Date()): Promise<TPlayerHome> {
  const [team, invites, openInviteCount] = await Promise.all([
    getPlayerTeam(userId),
    db.teamInvite.findMany({
      where: openInvitesWhere(userId, now),
      orderBy: { expiresAt: "asc" },
      take: INVITES_SHOWN,
      select: {
        id: true,
        expiresAt: true,
        team: { select: { name: true } },
        invitedBy: { select: { name: true, username: true } },
      },
    }),
    countOpenInvites(userId, now),
  ]);
  const match = team
    ? await db.match.findFirst({
        where: { status: "SCHEDULED", scheduledAt: { gt: now }, OR: [{ teamAId: team.id }, { teamBId: team.id }] },
        orderBy: { scheduledAt: "asc" },
        select: {
          id: true,
          round: true,
          scheduledAt: true,
          tournament: { select: { name: true, slug: true } },
          teamA: { select: { id: true, name: true, slug: true } },
          teamB: { select: { name: true, slug: true } },
        },
      })
    : null;
  return {
    team,
    openInvites: invites.map((invite) => ({
      id: invite.id,
      teamName: invite.team.name,
      invitedBy: invite.invitedBy.name ?? invite.invitedBy.username ?? "A captain",
      expiresAt: invite.expiresAt,
    })),
    openInviteCount,
    nextMatch:
      match?.scheduledAt && team
        ? {
            id: match.id,
            round: match.round,
            scheduledAt: match.scheduledAt,
            tournament: match.tournament,
            opponent: match.teamA.id === team.id ? match.teamB : { name: match.teamA.name, slug: match.teamA.slug },
          }
        : null,
  };
}
