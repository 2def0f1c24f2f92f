// The ranking rule, in one place. recomputeRankings applies it in SQL (with these constants as
// parameters); this TypeScript form is its executable statement, which the tests hold the SQL to.
//
// Points: a win 3, a draw 1, a loss 0 (a COMPLETED match whose winnerId is null is a draw).
// Order (rank 1 = best), a total order so ranks are 1..n without ties:
//   1. more points
//   2. more wins (a win is worth more than three draws)
//   3. fewer losses
//   4. name, in byte order (PostgreSQL `COLLATE "C"`), so the order never depends on the database's
//      locale: "Zeta" comes before "alpha". Team names are unique, so this always decides.
// Teams without a completed match have 0 points and are ordered by the same rule.

export const WIN_POINTS = 3;
export const DRAW_POINTS = 1;
export const LOSS_POINTS = 0;

export type TRecord = { wins: number; draws: number; losses: number };
export type TStanding = TRecord & { name: string; points: number };

export function pointsFor({ wins, draws, losses }: TRecord): number {
  return wins * WIN_POINTS + draws * DRAW_POINTS + losses * LOSS_POINTS;
}

/** Negative when `a` ranks above `b`. */
export function compareStandings(a: TStanding, b: TStanding): number {
  return (
    b.points - a.points ||
    b.wins - a.wins ||
    a.losses - b.losses ||
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))
  );
}

/** The standings in rank order with their rank (1 = best). */
export function rankStandings<T extends TStanding>(standings: T[]): (T & { rank: number })[] {
  return [...standings].sort(compareStandings).map((standing, index) => ({ ...standing, rank: index + 1 }));
}
