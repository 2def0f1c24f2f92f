// Whether the standings on screen count every result: points and ranks come from the rankings job,
// not from each result (./recompute-rankings.ts), so between a posted result and the next recompute
// the two disagree. That is read from the data itself — a team's stored games played against its
// completed matches — so it holds however the standings were computed (job, CLI or seed). With a
// team id, for that team only. One statement.
import { db } from "@/lib/db";
import type { TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { Prisma } from "@/lib/generated/prisma/client";

const RANKINGS_JOB: TScheduledJobName = "recompute-rankings";

export type TRankingsFreshness = {
  /** When the rankings job last finished successfully; null when it never ran here. */
  updatedAt: Date | null;
  /** Completed results not yet counted in the standings (for the team, when one is given). */
  pendingResults: number;
};

export async function getRankingsFreshness(teamId: string | null = null): Promise<TRankingsFreshness> {
  const team = teamId === null ? Prisma.sql`TRUE` : Prisma.sql`t.id = ${teamId}`;
  const [row] = await db.$queryRaw<{ updatedAt: Date | null; played: bigint; counted: bigint }[]>`
    SELECT
      (SELECT max("finishedAt") FROM "AutomationRun" WHERE job = ${RANKINGS_JOB} AND status = 'SUCCEEDED') AS "updatedAt",
      (SELECT count(*) FROM "Match" m JOIN "Team" t ON t.id IN (m."teamAId", m."teamBId")
        WHERE m.status = 'COMPLETED' AND ${team}) AS played,
      (SELECT coalesce(sum(t.wins + t.draws + t.losses), 0) FROM "Team" t WHERE ${team}) AS counted`;
  const uncounted = Math.max(0, Number(row?.played ?? 0) - Number(row?.counted ?? 0));
  // Across all teams each result is two teams' game; for one team, one.
  return { updatedAt: row?.updatedAt ?? null, pendingResults: teamId === null ? Math.ceil(uncounted / 2) : uncounted };
}
