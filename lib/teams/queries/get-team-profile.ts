// The public team page: header stats, roster (captain first), achievements, the sponsors and
// promotions running or coming up now, and recent and upcoming matches from the team's side.
// Nothing here is private: the captain's tools come from getTeamManagement.
import { db } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { toExternalLink } from "@/lib/links/safe-link";

const ROLE_ORDER: Record<MembershipRole, number> = { CAPTAIN: 0, PLAYER: 1, SUBSTITUTE: 2 };
const RECENT_MATCHES = 5;
const UPCOMING_MATCHES = 3;

export type TTeamMatch = {
  id: string;
  tournament: { name: string; slug: string };
  round: number;
  opponent: { name: string; slug: string; tag: string };
  scheduledAt: Date | null;
  completedAt: Date | null;
  /** From this team's side; null while the match is not played. */
  score: { own: number | null; opponent: number | null; result: "W" | "D" | "L" } | null;
};

export type TTeamProfile = NonNullable<Awaited<ReturnType<typeof getTeamProfile>>>;

export async function getTeamProfile(slug: string, now: Date = new Date()) {
  const team = await db.team.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      tag: true,
      rank: true,
      points: true,
      wins: true,
      draws: true,
      losses: true,
      captainId: true,
      memberships: {
        select: { role: true, joinedAt: true, user: { select: { id: true, name: true, username: true } } },
      },
      achievements: {
        orderBy: { earnedAt: "desc" },
        select: { id: true, kind: true, earnedAt: true, tournament: { select: { name: true, slug: true } } },
      },
      sponsors: {
        where: { status: { in: ["APPROVED", "ACTIVE"] }, startsAt: { lte: now }, endsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        select: { id: true, name: true, websiteUrl: true, endsAt: true },
      },
      promotions: {
        where: { status: { in: ["SCHEDULED", "ACTIVE"] }, endsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        select: { id: true, title: true, description: true, status: true, startsAt: true, endsAt: true },
      },
    },
  });
  if (!team) return null;

  const { memberships, promotions, sponsors, ...rest } = team;
  const roster = [...memberships]
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.joinedAt.getTime() - b.joinedAt.getTime())
    .map(({ role, joinedAt, user }) => ({
      userId: user.id,
      name: user.name ?? user.username ?? "Unnamed player",
      username: user.username,
      role,
      joinedAt,
      isCaptain: user.id === team.captainId,
    }));
  const [recentMatches, upcomingMatches] = await Promise.all([
    listTeamMatches(team.id, "COMPLETED", RECENT_MATCHES),
    listTeamMatches(team.id, "SCHEDULED", UPCOMING_MATCHES),
  ]);
  return {
    ...rest,
    gamesPlayed: team.wins + team.draws + team.losses,
    roster,
    // Only a plain https address becomes a link (lib/links/safe-link.ts), whatever the row holds.
    sponsors: sponsors.map((sponsor) => ({ ...sponsor, websiteUrl: toExternalLink(sponsor.websiteUrl) })),
    promotions: promotions.map((promotion) => ({
      ...promotion,
      isLive: promotion.status === "ACTIVE" || promotion.startsAt <= now,
    })),
    recentMatches,
    upcomingMatches,
  };
}

async function listTeamMatches(teamId: string, status: "COMPLETED" | "SCHEDULED", take: number): Promise<TTeamMatch[]> {
  const team = { select: { id: true, name: true, slug: true, tag: true } } as const;
  const matches = await db.match.findMany({
    where: { status, OR: [{ teamAId: teamId }, { teamBId: teamId }] },
    orderBy:
      status === "COMPLETED"
        ? [{ completedAt: { sort: "desc", nulls: "last" } }, { round: "desc" }]
        : [{ scheduledAt: { sort: "asc", nulls: "last" } }, { round: "asc" }],
    take,
    select: {
      id: true,
      round: true,
      scheduledAt: true,
      completedAt: true,
      scoreA: true,
      scoreB: true,
      winnerId: true,
      teamAId: true,
      tournament: { select: { name: true, slug: true } },
      teamA: team,
      teamB: team,
    },
  });
  return matches.map((match) => {
    const isA = match.teamAId === teamId;
    const opponent = isA ? match.teamB : match.teamA;
    const score =
      status === "COMPLETED"
        ? {
            own: isA ? match.scoreA : match.scoreB,
            opponent: isA ? match.scoreB : match.scoreA,
            result:
              match.winnerId === null ? ("D" as const) : match.winnerId === teamId ? ("W" as const) : ("L" as const),
          }
        : null;
    return {
      id: match.id,
      tournament: match.tournament,
      round: match.round,
      opponent: { name: opponent.name, slug: opponent.slug, tag: opponent.tag },
      scheduledAt: match.scheduledAt,
      completedAt: match.completedAt,
      score,
    };
  });
}
