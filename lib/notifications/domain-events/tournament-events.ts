// Who hears about match, bracket and ranking events, and what they read (the specification's
// notify_match_scheduled/result, notify_bracket_ready, notify_ranking_changed; registrations are in
// registration-events.ts).
import type { z } from "zod";
import { db } from "@/lib/db";
import { explainRankMove } from "@/lib/rankings/explain-rank-move";
import type {
  matchCancelled,
  matchRescheduled,
  matchResultPosted,
  matchScheduled,
  rankingsChanged,
  tournamentBracketPublished,
} from "@/inngest/events";
import type { TRequestDraft } from "./team-events";
import { teamMemberIds } from "./team-members";
import { timeToken } from "@/lib/notifications/content/time-tokens";

type TData<T extends { schema: z.ZodType }> = z.infer<T["schema"]>;

/** Rank changes are public news only when a team enters or leaves the top 10. */
const PUBLIC_RANK_CUTOFF = 10;

async function loadMatch(matchId: string) {
  return db.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      round: true,
      tournamentId: true,
      scheduledAt: true,
      scoreA: true,
      scoreB: true,
      winnerId: true,
      tournament: { select: { id: true, name: true, slug: true } },
      teamA: { select: { id: true, name: true } },
      teamB: { select: { id: true, name: true } },
    },
  });
}

/** One request per team, so each team's webhook gets its own post; the public post goes out once. */
async function perTeam(
  match: Awaited<ReturnType<typeof loadMatch>>,
  draft: Omit<TRequestDraft, "recipientIds" | "teamId">,
): Promise<TRequestDraft[]> {
  return Promise.all(
    [match.teamA, match.teamB].map(async (team, index) => ({
      ...draft,
      recipientIds: await teamMemberIds(db, team.id),
      teamId: team.id,
      tournamentId: match.tournament.id,
      postToPlatform: index === 0,
    })),
  );
}

/**
 * A match's start in a title or body: a time token (lib/notifications/content/time-tokens.ts), so
 * each recipient reads it in their own zone, or "time to be announced".
 */
export function formatMatchTime(at: Date | null): string {
  return at ? timeToken(at) : "time to be announced";
}

type TMatchNews = "scheduled" | "moved" | "cancelled";

/**
 * The match_scheduled notification of both rosters: the match was set, moved (to `movedTo`, the
 * event's time — a later move is news of its own), or called off.
 */
async function matchScheduleNews(matchId: string, news: TMatchNews, movedTo?: string): Promise<TRequestDraft[]> {
  const match = await loadMatch(matchId);
  const when = formatMatchTime(movedTo ? new Date(movedTo) : match.scheduledAt);
  const pairing = `${match.teamA.name} vs ${match.teamB.name}`;
  const title = {
    scheduled: `${pairing} — ${when}`,
    moved: `${pairing} moved to ${when}`,
    cancelled: `${pairing} cancelled`,
  }[news];
  const body =
    news === "cancelled"
      ? `The round ${match.round} match of ${match.tournament.name} (${when}) will not be played.`
      : `Round ${match.round} of ${match.tournament.name}.`;
  return perTeam(match, {
    type: "match_scheduled",
    title,
    body,
    url: `/tournaments/${match.tournament.slug}`,
    data: { matchId, tournamentId: match.tournamentId },
    ...(movedTo ? { dedupScope: movedTo } : {}),
  });
}

export async function onMatchScheduled({ matchId }: TData<typeof matchScheduled>): Promise<TRequestDraft[]> {
  return matchScheduleNews(matchId, "scheduled");
}

/** Keyed by the new time as well: each move is news, however often the match moves. */
export async function onMatchRescheduled({
  matchId,
  scheduledAt,
}: TData<typeof matchRescheduled>): Promise<TRequestDraft[]> {
  return matchScheduleNews(matchId, "moved", scheduledAt);
}

export async function onMatchCancelled({ matchId }: TData<typeof matchCancelled>): Promise<TRequestDraft[]> {
  return matchScheduleNews(matchId, "cancelled");
}

export async function onMatchResult({ matchId }: TData<typeof matchResultPosted>): Promise<TRequestDraft[]> {
  const match = await loadMatch(matchId);
  const winner = [match.teamA, match.teamB].find((team) => team.id === match.winnerId);
  return perTeam(match, {
    type: "match_result",
    title: `${match.teamA.name} ${match.scoreA ?? 0}–${match.scoreB ?? 0} ${match.teamB.name}`,
    body: `${winner ? `${winner.name} won` : "A draw"} in round ${match.round} of ${match.tournament.name}.`,
    url: `/tournaments/${match.tournament.slug}`,
  });
}

export async function onBracketPublished({
  tournamentId,
}: TData<typeof tournamentBracketPublished>): Promise<TRequestDraft[]> {
  const tournament = await db.tournament.findUniqueOrThrow({
    where: { id: tournamentId },
    select: { name: true, slug: true },
  });
  const members = await db.teamMembership.findMany({
    where: { team: { registrations: { some: { tournamentId } } } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return [
    {
      type: "bracket_ready",
      recipientIds: members.map((member) => member.userId),
      title: `The ${tournament.name} bracket is out`,
      body: `Matchups and times for ${tournament.name} are published. See when your team plays.`,
      url: `/tournaments/${tournament.slug}`,
      teamId: null,
      tournamentId,
    },
  ];
}

export async function onRankingChanged({
  teamId,
  oldRank,
  newRank,
  points,
  lastResult,
}: TData<typeof rankingsChanged>): Promise<TRequestDraft[]> {
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } });
  const wasTop = oldRank !== null && oldRank <= PUBLIC_RANK_CUTOFF;
  const isTop = newRank <= PUBLIC_RANK_CUTOFF;
  // "Golden Crown: up 3 to #4 after beating Golden Tide 2–0" (the move alone when no result explains it).
  const move = explainRankMove({ oldRank, newRank, lastResult });
  const title = `${team.name}: ${move[0]?.toLowerCase()}${move.slice(1)}`;
  return [
    {
      type: "ranking_changed",
      recipientIds: await teamMemberIds(db, teamId),
      title,
      body: `${team.name} is #${newRank} on the leaderboard with ${points} points${oldRank === null ? "" : ` (was #${oldRank})`}.`,
      url: "/leaderboard",
      teamId,
      postToPlatform: wasTop !== isTop,
    },
  ];
}
