// The leaderboard: every team in rank order (rank 1 first). Teams the ranking job has not ranked
// yet (rank null: created since the last recompute) come last, by the same tie-breaks.
import { db } from "@/lib/db";

export type TLeaderboardRow = {
  id: string;
  name: string;
  slug: string;
  tag: string;
  rank: number | null;
  points: number;
  wins: number;
  draws: number;
  losses: number;
  gamesPlayed: number;
};

export async function getLeaderboard(): Promise<TLeaderboardRow[]> {
  const teams = await db.team.findMany({
    orderBy: [
      { rank: { sort: "asc", nulls: "last" } },
      { points: "desc" },
      { wins: "desc" },
      { losses: "asc" },
      { name: "asc" },
    ],
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
    },
  });
  return teams.map((team) => ({ ...team, gamesPlayed: team.wins + team.draws + team.losses }));
}
