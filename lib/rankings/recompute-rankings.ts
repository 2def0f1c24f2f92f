// Recomputes every team's points, wins, draws, losses and rank from COMPLETED matches in one
// set-based UPDATE (the rule: ./scoring.ts), and emits `rankings/changed` for each team whose rank
// moved — in the same transaction, through the outbox. A fixed number of statements whatever the
// number of teams or matches: advisory lock, (tournament check), the UPDATE, then the outbox writes.
// The same UPDATE says why a team moved: for each team that played since the previous recompute
// (more matches counted now than its stored stats hold), its newest completed match, opponent and
// score (lib/rankings/explain-rank-move.ts words it); teams moved only by others' results get none.
//
// With a tournamentId, only that tournament's teams (registered, or in one of its matches) get
// their stats refreshed — from all their completed matches, not just this tournament's, so a team's
// totals never depend on which recompute touched it last. Ranks are always recomputed over all
// teams, since one team's new points move others in the global order; other teams keep their
// stored stats and may only change rank.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { rankingsChanged } from "@/inngest/events";
import { generateDedupKey } from "@/lib/automation/dedup-key";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { DRAW_POINTS, LOSS_POINTS, WIN_POINTS } from "./scoring";

/** pg_advisory_xact_lock key serializing recomputes ("RANK" in ASCII). */
export const RANKINGS_LOCK_KEY = 0x52414e4b;

/** The team's newest completed match, when it has results the stored stats did not count yet. */
export type TLastResult = {
  outcome: "win" | "loss" | "draw";
  opponentName: string;
  scoreFor: number | null;
  scoreAgainst: number | null;
};
export type TRankChange = {
  teamId: string;
  oldRank: number | null;
  newRank: number;
  points: number;
  lastResult: TLastResult | null;
};
type TRankRow = Omit<TRankChange, "lastResult"> & {
  outcome: TLastResult["outcome"] | null;
  opponentName: string | null;
  scoreFor: number | null;
  scoreAgainst: number | null;
};
export type TRecomputeRankingsResult = {
  status: "success";
  /** Teams whose stats or rank changed (rows written). */
  updatedCount: number;
  dedupKey: string;
  /** Teams whose rank moved (a first rank counts), best new rank first: one `rankings/changed` each. */
  changes: TRankChange[];
};

export async function recomputeRankings({
  tournamentId = null,
}: { tournamentId?: string | null } = {}): Promise<TRecomputeRankingsResult> {
  const dedupKey = generateDedupKey("recompute_rankings", { tournamentId });
  return transactWithEvents(async (tx, emit) => {
    if (tournamentId !== null) {
      const tournament = await tx.tournament.findUnique({ where: { id: tournamentId }, select: { id: true } });
      if (!tournament) throw new AppError("NOT_FOUND", `Tournament ${tournamentId} does not exist.`);
    }
    // Two recomputes at once would each rank from a snapshot the other is rewriting; the lock is
    // released at commit, and the next one's UPDATE then reads the committed result.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RANKINGS_LOCK_KEY}::bigint)`;
    const updated = await rankTeams(tx, tournamentId);
    const changes = updated.filter((row) => row.oldRank !== row.newRank).sort((a, b) => a.newRank - b.newRank);
    emit(...changes.map((change) => rankingsChanged.create(change)));
    return { status: "success", updatedCount: updated.length, dedupKey, changes };
  });
}

/**
 * The one statement: tally completed matches per team (each match counted once for each side),
 * rank everyone, and write only the rows that differ. The old rank comes from the `standings`
 * snapshot the UPDATE joins, so this needs no RETURNING OLD (PostgreSQL 18) and works on 14+.
 */
export async function rankTeams(tx: DbClient, tournamentId: string | null): Promise<TRankChange[]> {
  const isScoped = tournamentId !== null;
  const scope = isScoped
    ? Prisma.sql`SELECT "teamId" AS id FROM "Registration" WHERE "tournamentId" = ${tournamentId}
        UNION SELECT "teamAId" FROM "Match" WHERE "tournamentId" = ${tournamentId}
        UNION SELECT "teamBId" FROM "Match" WHERE "tournamentId" = ${tournamentId}`
    : Prisma.sql`SELECT id FROM "Team"`;
  // Every team is in scope when there is no tournament: skip the (then useless) semi-joins.
  const scopedA = isScoped ? Prisma.sql`AND m."teamAId" IN (SELECT id FROM scope)` : Prisma.empty;
  const scopedB = isScoped ? Prisma.sql`AND m."teamBId" IN (SELECT id FROM scope)` : Prisma.empty;
  const rows = await tx.$queryRaw<TRankRow[]>`
    WITH scope AS (${scope}),
    sides AS (
      SELECT m."teamAId" AS team_id, m."winnerId" AS winner_id FROM "Match" m
      WHERE m.status = 'COMPLETED' ${scopedA}
      UNION ALL
      SELECT m."teamBId", m."winnerId" FROM "Match" m
      WHERE m.status = 'COMPLETED' ${scopedB}
    ),
    tally AS (
      SELECT team_id,
        count(*) FILTER (WHERE winner_id = team_id)::int AS wins,
        count(*) FILTER (WHERE winner_id IS NULL)::int AS draws,
        count(*) FILTER (WHERE winner_id <> team_id)::int AS losses
      FROM sides GROUP BY team_id
    ),
    standings AS (
      SELECT t.id, t.name, t.rank AS old_rank, s.id IS NOT NULL AS in_scope,
        t.wins + t.draws + t.losses AS old_played,
        CASE WHEN s.id IS NOT NULL THEN coalesce(x.wins, 0) ELSE t.wins END AS wins,
        CASE WHEN s.id IS NOT NULL THEN coalesce(x.draws, 0) ELSE t.draws END AS draws,
        CASE WHEN s.id IS NOT NULL THEN coalesce(x.losses, 0) ELSE t.losses END AS losses,
        t.points AS stored_points
      FROM "Team" t
      LEFT JOIN scope s ON s.id = t.id
      LEFT JOIN tally x ON x.team_id = t.id
    ),
    scored AS (
      SELECT *, CASE WHEN in_scope
        THEN wins * ${WIN_POINTS}::int + draws * ${DRAW_POINTS}::int + losses * ${LOSS_POINTS}::int
        ELSE stored_points END AS points
      FROM standings
    ),
    ranked AS (
      SELECT *, row_number() OVER (ORDER BY points DESC, wins DESC, losses ASC, name COLLATE "C" ASC)::int AS new_rank
      FROM scored
    ),
    -- Only rows that change and whose team played since the last recompute look up a match: the
    -- gate is a one-time filter, so unmoved teams cost nothing (two index probes for the others).
    explained AS (
      SELECT r.*, lm.* FROM ranked r
      LEFT JOIN LATERAL (
        SELECT CASE WHEN m."winnerId" IS NULL THEN 'draw' WHEN m."winnerId" = r.id THEN 'win' ELSE 'loss' END AS outcome,
          o.name AS opponent_name,
          CASE WHEN m."teamAId" = r.id THEN m."scoreA" ELSE m."scoreB" END AS score_for,
          CASE WHEN m."teamAId" = r.id THEN m."scoreB" ELSE m."scoreA" END AS score_against
        FROM "Match" m
        JOIN "Team" o ON o.id = CASE WHEN m."teamAId" = r.id THEN m."teamBId" ELSE m."teamAId" END
        WHERE r.in_scope AND r.wins + r.draws + r.losses > r.old_played AND r.new_rank IS DISTINCT FROM r.old_rank
          AND m.status = 'COMPLETED' AND (m."teamAId" = r.id OR m."teamBId" = r.id)
        ORDER BY m."completedAt" DESC NULLS LAST, m."updatedAt" DESC
        LIMIT 1
      ) lm ON true
    )
    UPDATE "Team" AS t
    SET points = r.points, wins = r.wins, draws = r.draws, losses = r.losses, rank = r.new_rank, "updatedAt" = now()
    FROM explained r
    WHERE t.id = r.id
      AND (t.points, t.wins, t.draws, t.losses, t.rank) IS DISTINCT FROM (r.points, r.wins, r.draws, r.losses, r.new_rank)
    RETURNING t.id AS "teamId", r.old_rank AS "oldRank", r.new_rank AS "newRank", r.points,
      r.outcome, r.opponent_name AS "opponentName", r.score_for AS "scoreFor", r.score_against AS "scoreAgainst"`;
  return rows.map(({ outcome, opponentName, scoreFor, scoreAgainst, ...change }) => ({
    ...change,
    lastResult: outcome && opponentName !== null ? { outcome, opponentName, scoreFor, scoreAgainst } : null,
  }));
}

/** What a job run records: the counts and the ten biggest climbers' new ranks, not every team. */
export function summarizeRankings({ changes, ...result }: TRecomputeRankingsResult) {
  return { ...result, movedCount: changes.length, topMoves: changes.slice(0, 10) };
}
