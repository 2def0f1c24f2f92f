// Quality bar: "Ranking recompute over 100,000 matches: one aggregate query, under a second".
// Seeds 2,000 teams and 100,000 completed matches (plus scheduled/cancelled ones, which must be
// ignored) with INSERT … SELECT generate_series, then times recomputeRankings — the real function,
// outbox and event sends included — and counts its SQL statements at two sizes.
import type { TRecomputeRankingsResult } from "@/lib/rankings/recompute-rankings";
import type { TBench, TBenchContext } from "./lib/types";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { summarizeStatement, type TStatement } from "./lib/sql-counter";

const TOURNAMENTS = 50;
const SMALL = { teams: 200, matches: 10_000, other: 1_000 };
const FULL = { teams: 2_000, matches: 100_000, other: 10_000 };
const RUNS = 3;
const FLIPPED_PER_RUN = 1_000;
const TARGET_MS = 1_000;

type TRun = TMeasurement<TRecomputeRankingsResult>;

const rankings: TBench = {
  name: "rankings",
  title: `Rankings recompute — ${formatCount(FULL.teams)} teams, ${formatCount(FULL.matches)} completed matches`,
  async run(context) {
    const { db, sql, log } = context;
    // Imported here, not at the top: app modules read the environment that scripts/bench.ts sets up.
    const { recomputeRankings } = await import("@/lib/rankings/recompute-rankings");
    const recompute = (args?: { tournamentId: string }) => measure(sql, () => recomputeRankings(args));
    const resetStandings = () =>
      db.$executeRaw`UPDATE "Team" SET points = 0, wins = 0, draws = 0, losses = 0, rank = NULL`;

    log(`seeding ${formatCount(SMALL.teams)} teams and ${formatCount(SMALL.matches)} matches`);
    await db.$executeRaw`INSERT INTO "Tournament" (id, name, slug, game, status, "updatedAt")
      SELECT 'bench-tournament-' || i, 'Bench Cup ' || i, 'bench-cup-' || i, 'Valorant', 'COMPLETED'::"TournamentStatus", now()
      FROM generate_series(1, ${TOURNAMENTS}::int) i`;
    await seed(context, { fromTeam: 1, ...SMALL, fromMatch: 1 });
    await recomputeRankings(); // warm-up: pool connections, Prisma's query path
    await resetStandings();
    const smallFull = await recompute();
    const smallQuiet = await recompute();

    log(`seeding up to ${formatCount(FULL.teams)} teams and ${formatCount(FULL.matches)} matches`);
    const seeded = await measure(sql, () =>
      seed(context, { fromTeam: SMALL.teams + 1, ...FULL, fromMatch: SMALL.matches + 1, fromOther: SMALL.other + 1 }),
    );
    log("warm-up run");
    await recomputeRankings();

    const full: TRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      await resetStandings();
      full.push(await recompute());
    }
    const changed: TRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      await flipResults(context, FLIPPED_PER_RUN, `run-${run}`);
      changed.push(await recompute());
    }
    const quiet: TRun[] = [];
    for (let run = 0; run < RUNS; run++) quiet.push(await recompute());
    await flipResults(context, FLIPPED_PER_RUN, "scoped");
    const scopedTeams = await db.registration.count({ where: { tournamentId: "bench-tournament-1" } });
    const scoped = await recompute({ tournamentId: "bench-tournament-1" });

    const teams = await db.team.findMany({ select: { rank: true } });
    const ranks = teams.map((team) => team.rank ?? 0).sort((a, b) => a - b);
    const isRankedOneToN = ranks.every((rank, index) => rank === index + 1);
    const medianFull = median(full.map((run) => run.ms));
    const counts = (runs: TRun[]) => [...new Set(runs.map((run) => run.statements.length))];
    const [fullCounts, quietCounts] = [counts([smallFull, ...full]), counts([smallQuiet, ...quiet])];
    const matchReads = [...full, ...changed, ...quiet, scoped].map(
      (run) => run.statements.filter((statement) => /"Match"/.test(statement.text)).length,
    );

    return {
      rows: [
        [
          "data",
          `${formatCount(FULL.teams)} teams · ${formatCount(FULL.matches)} completed + ${formatCount(FULL.other)} scheduled/cancelled matches · ${TOURNAMENTS} tournaments (seeded in ${formatMs(seeded.ms)})`,
        ],
        [`full recompute, every rank new ×${RUNS}`, describe(full)],
        [`after ${formatCount(FLIPPED_PER_RUN)} results changed ×${RUNS}`, describe(changed)],
        [`nothing changed ×${RUNS}`, describe(quiet)],
        [`one tournament (${scopedTeams} teams' stats)`, describe([scoped])],
        ["statements of a full recompute", ""],
        ...listStatements(full[0]?.statements ?? []),
        [
          `at ${formatCount(SMALL.teams)} teams / ${formatCount(SMALL.matches)} matches`,
          `${smallFull.statements.length} statements (full), ${smallQuiet.statements.length} (nothing changed)`,
        ],
        [
          `at ${formatCount(FULL.teams)} teams / ${formatCount(FULL.matches)} matches`,
          `${counts(full).join("/")} statements (full), ${counts(quiet).join("/")} (nothing changed)`,
        ],
      ],
      checks: [
        {
          kind: "target",
          label: `full recompute under ${formatMs(TARGET_MS)}`,
          isPass: medianFull < TARGET_MS,
          detail: `median ${formatMs(medianFull)}`,
        },
        {
          kind: "invariant",
          label: "queries constant (not per team)",
          isPass: fullCounts.length === 1 && quietCounts.length === 1,
          detail: `${fullCounts.join(" vs ")} statements per full recompute, ${quietCounts.join(" vs ")} per run with nothing to change, at 10× the teams and matches`,
        },
        {
          kind: "invariant",
          label: "one aggregate query over Match per run",
          isPass: matchReads.every((n) => n === 1),
          detail: `statements reading "Match" per run: ${[...new Set(matchReads)].join("/")}`,
        },
        {
          kind: "invariant",
          label: "ranks are 1..n",
          isPass: isRankedOneToN,
          detail: `${formatCount(ranks.length)} teams`,
        },
        {
          kind: "invariant",
          label: "a run with nothing to change writes nothing",
          isPass: quiet.every((run) => run.value.updatedCount === 0),
          detail: `updatedCount ${quiet.map((run) => run.value.updatedCount).join("/")}`,
        },
      ],
    };
  },
};

export default rankings;

function describe(runs: TRun[]): string {
  const first = runs[0];
  if (!first) return "";
  const times = runs.map((run) => run.ms);
  const timing =
    runs.length > 1
      ? `median ${formatMs(median(times))} (${times.map((ms) => Math.round(ms)).join(" / ")})`
      : formatMs(first.ms);
  // The transaction ends at the first COMMIT; after it the outbox rows are sent to Inngest.
  const committed = (run: TRun) =>
    (run.statements.find((statement) => /^COMMIT/i.test(statement.text))?.endedAt ?? run.startedAt) - run.startedAt;
  const update = (run: TRun) => run.statements.find((statement) => /UPDATE "Team"/.test(statement.text))?.ms ?? 0;
  return [
    timing,
    `ranking UPDATE ${formatMs(median(runs.map(update)))}`,
    `committed at ${formatMs(median(runs.map(committed)))}`,
    `${first.statements.length} statements`,
    `${formatCount(first.value.updatedCount)} rows updated`,
    `${formatCount(first.value.changes.length)} events`,
  ].join(" · ");
}

function listStatements(statements: TStatement[]): [string, string][] {
  return statements.map((statement, index) => [
    `  ${index + 1}. ${summarizeStatement(statement.text, 46)}`,
    formatMs(statement.ms),
  ]);
}

type TSeed = { fromTeam: number; teams: number; fromMatch: number; matches: number; fromOther?: number; other: number };

/** Teams fromTeam..teams (each with a captain and one registration), matches fromMatch..matches between any of the teams so far. */
async function seed(
  { db }: TBenchContext,
  { fromTeam, teams, fromMatch, matches, fromOther = 1, other }: TSeed,
): Promise<void> {
  await db.$executeRaw`INSERT INTO "User" (id, email, "updatedAt")
    SELECT 'bench-user-' || i, 'captain-' || i || '@bench.test', now() FROM generate_series(${fromTeam}::int, ${teams}::int) i`;
  await db.$executeRaw`INSERT INTO "Team" (id, name, slug, tag, "captainId", "updatedAt")
    SELECT 'bench-team-' || i, 'Team ' || lpad(i::text, 5, '0'), 'team-' || i, 'T' || i, 'bench-user-' || i, now()
    FROM generate_series(${fromTeam}::int, ${teams}::int) i`;
  await db.$executeRaw`INSERT INTO "Registration" (id, "tournamentId", "teamId")
    SELECT 'bench-registration-' || i, 'bench-tournament-' || ((i - 1) % ${TOURNAMENTS}::int + 1), 'bench-team-' || i
    FROM generate_series(${fromTeam}::int, ${teams}::int) i`;
  // Deterministic pseudo-random pairings (hashtext), a ≠ b; 45% A wins, 45% B wins, 10% draws.
  await db.$executeRaw`INSERT INTO "Match" (id, "tournamentId", round, "teamAId", "teamBId", status, "winnerId", "completedAt", "updatedAt")
    SELECT 'bench-match-' || i, 'bench-tournament-' || ((a - 1) % ${TOURNAMENTS}::int + 1), 1 + i % 8, 'bench-team-' || a, 'bench-team-' || b,
      'COMPLETED'::"MatchStatus", CASE WHEN roll < 45 THEN 'bench-team-' || a WHEN roll < 90 THEN 'bench-team-' || b END, now(), now()
    FROM (SELECT i, a, (a - 1 + step) % ${teams}::int + 1 AS b, roll FROM (
      SELECT i, abs(hashtext('a' || i)::bigint) % ${teams}::int + 1 AS a, abs(hashtext('b' || i)::bigint) % (${teams}::int - 1) + 1 AS step,
        abs(hashtext('r' || i)::bigint) % 100 AS roll
      FROM generate_series(${fromMatch}::int, ${matches}::int) i) pairs) matches`;
  // Scheduled and cancelled matches (some with a winner already set) that the recompute must ignore.
  await db.$executeRaw`INSERT INTO "Match" (id, "tournamentId", round, "teamAId", "teamBId", status, "winnerId", "updatedAt")
    SELECT 'bench-other-' || i, 'bench-tournament-1', 1, 'bench-team-' || (i % ${teams}::int + 1), 'bench-team-' || ((i + 1) % ${teams}::int + 1),
      CASE WHEN i % 2 = 0 THEN 'SCHEDULED'::"MatchStatus" ELSE 'CANCELLED'::"MatchStatus" END,
      CASE WHEN i % 3 = 0 THEN 'bench-team-' || (i % ${teams}::int + 1) END, now()
    FROM generate_series(${fromOther}::int, ${other}::int) i`;
  await db.$executeRawUnsafe("ANALYZE");
}

/** Reverses `count` completed results (a draw becomes a win for A), a different set per `salt`. */
async function flipResults({ db }: TBenchContext, count: number, salt: string): Promise<void> {
  await db.$executeRaw`UPDATE "Match" SET "winnerId" = CASE WHEN "winnerId" = "teamAId" THEN "teamBId" ELSE "teamAId" END
    WHERE id IN (SELECT id FROM "Match" WHERE status = 'COMPLETED' ORDER BY md5(id || ${salt}) LIMIT ${count}::int)`;
}
