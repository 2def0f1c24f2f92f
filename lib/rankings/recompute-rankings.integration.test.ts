import pg from "pg";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rankingsChanged } from "@/inngest/events";
import { onRankingChanged } from "@/lib/notifications/domain-events/tournament-events";
import { explainRankMove } from "./explain-rank-move";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateDedupKey } from "@/lib/automation/dedup-key";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { RANKINGS_LOCK_KEY, recomputeRankings, type TRankChange } from "./recompute-rankings";
import { pointsFor, rankStandings, type TRecord } from "./scoring";
import { aTournament } from "@/test-support/factories";

type TResult = "A" | "B" | "draw";
let captainId = "";
let tournamentId = "";

beforeAll(async () => {
  captainId = (await db.user.create({ data: { email: "captain@rankings.test" }, select: { id: true } })).id;
});

beforeEach(async () => {
  // Rankings are global: every test starts from no teams, tournaments or matches.
  await db.$executeRaw`TRUNCATE "Team", "Tournament" CASCADE`;
  tournamentId = (await aTournament({ name: "main", slug: "main" })).id;
});

/** Creates teams by name; returns name → id. */
async function teams<const TName extends string>(...names: TName[]): Promise<Record<TName, string>> {
  const ids = {} as Record<TName, string>;
  for (const name of names) {
    const slug = `${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`;
    ids[name] = (
      await db.team.create({ data: { name, slug, tag: name.slice(0, 3), captainId }, select: { id: true } })
    ).id;
  }
  return ids;
}

async function play(
  a: string,
  b: string,
  result: TResult,
  options: { status?: "COMPLETED" | "SCHEDULED" | "CANCELLED"; tournament?: string } = {},
) {
  await db.match.create({
    data: {
      tournamentId: options.tournament ?? tournamentId,
      round: 1,
      teamAId: a,
      teamBId: b,
      status: options.status ?? "COMPLETED",
      winnerId: result === "A" ? a : result === "B" ? b : null,
    },
  });
}

async function standings() {
  return db.team.findMany({
    select: { id: true, name: true, points: true, wins: true, draws: true, losses: true, rank: true },
    orderBy: { rank: "asc" },
  });
}

async function standingsByName() {
  return new Map((await standings()).map((team) => [team.name, team]));
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

const rankingEventsFor = (teamIds: string[]) =>
  sentEvents().filter((event) => event.name === "rankings/changed" && teamIds.includes(String(event.data.teamId)));

describe("recomputeRankings", () => {
  it("counts points, wins, draws and losses from completed matches only (a match without winner is a draw)", async () => {
    const t = await teams("Alpha", "Bravo", "Charlie");
    await play(t.Alpha, t.Bravo, "A");
    await play(t.Alpha, t.Charlie, "draw");
    await play(t.Charlie, t.Bravo, "A");
    await play(t.Bravo, t.Alpha, "A", { status: "SCHEDULED" });
    await play(t.Bravo, t.Charlie, "A", { status: "CANCELLED" });
    await play(t.Bravo, t.Charlie, "draw", { status: "SCHEDULED" });

    const result = await recomputeRankings();

    expect(result).toMatchObject({
      status: "success",
      updatedCount: 3,
      dedupKey: generateDedupKey("recompute_rankings", { tournamentId: null }),
    });
    expect(await standings()).toEqual([
      { id: t.Alpha, name: "Alpha", points: 4, wins: 1, draws: 1, losses: 0, rank: 1 },
      { id: t.Charlie, name: "Charlie", points: 4, wins: 1, draws: 1, losses: 0, rank: 2 },
      { id: t.Bravo, name: "Bravo", points: 0, wins: 0, draws: 0, losses: 2, rank: 3 },
    ]);
  });

  it("breaks ties by wins, then fewer losses, then name; teams without matches rank by the same rule", async () => {
    const t = await teams(
      "Winner",
      "Drawer",
      "Steady",
      "Shaky",
      "bravo",
      "alpha",
      "Zulu",
      "Idle",
      "Beaten",
      "Opponent",
    );
    // Winner and Drawer: 3 points each; Winner has the win.
    await play(t.Winner, t.Beaten, "A");
    for (let i = 0; i < 3; i++) await play(t.Drawer, t.Opponent, "draw");
    // Steady and Shaky: 3 points and 1 win each; Shaky lost more.
    await play(t.Steady, t.Beaten, "A");
    await play(t.Shaky, t.Beaten, "A");
    await play(t.Shaky, t.Opponent, "B");
    // bravo, alpha, Zulu: identical records; byte order of the name decides (uppercase first).
    for (const name of ["bravo", "alpha", "Zulu"] as const) await play(t[name], t.Opponent, "draw");

    await recomputeRankings();

    const ranked = await standings();
    const order = ranked.map((team) => team.name);
    expect(order.indexOf("Winner")).toBeLessThan(order.indexOf("Drawer"));
    expect(order.indexOf("Steady")).toBeLessThan(order.indexOf("Shaky"));
    expect(order.filter((name) => ["bravo", "alpha", "Zulu"].includes(name))).toEqual(["Zulu", "alpha", "bravo"]);
    // Idle (0 points, no losses) ranks above Beaten (0 points, 3 losses).
    expect(order.slice(-2)).toEqual(["Idle", "Beaten"]);
    expect(ranked.map((team) => team.rank)).toEqual(ranked.map((_, index) => index + 1));
    expect(order).toEqual(rankStandings(ranked).map((team) => team.name));
  });

  it("agrees with the ranking rule on a random league, with ranks 1..n", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Team ${String.fromCharCode(65 + (i % 26))}${i}`);
    const t: Record<string, string> = await teams(...names);
    const ids = names.map((name) => t[name] ?? "");
    const records: TRecord[] = ids.map(() => ({ wins: 0, draws: 0, losses: 0 }));
    let seed = 42;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    for (let i = 0; i < 200; i++) {
      const [a, b] = [random(ids.length), random(ids.length)];
      if (a === b) continue;
      const result = at<TResult>(["A", "A", "B", "B", "draw"], random(5));
      const isCompleted = random(10) > 0;
      await play(at(ids, a), at(ids, b), result, { status: isCompleted ? "COMPLETED" : "SCHEDULED" });
      if (!isCompleted) continue;
      const [ra, rb] = [at(records, a), at(records, b)];
      if (result === "draw") [ra.draws, rb.draws] = [ra.draws + 1, rb.draws + 1];
      else if (result === "A") [ra.wins, rb.losses] = [ra.wins + 1, rb.losses + 1];
      else [rb.wins, ra.losses] = [rb.wins + 1, ra.losses + 1];
    }

    await recomputeRankings();

    const reference = rankStandings(
      names.map((name, i) => ({ id: at(ids, i), name, ...at(records, i), points: pointsFor(at(records, i)) })),
    );
    expect(await standings()).toEqual(reference);
  });

  it("changes nothing and emits nothing when run again on the same results", async () => {
    const t = await teams("One", "Two", "Three");
    await play(t.One, t.Two, "A");
    await recomputeRankings();
    const snapshot = () =>
      db.team.findMany({ select: { id: true, updatedAt: true, rank: true, points: true }, orderBy: { id: "asc" } });
    const before = await snapshot();
    const outboxBefore = await db.outboxEvent.count();
    const sentBefore = sentEvents().length;

    const again = await recomputeRankings();

    expect(again).toMatchObject({ updatedCount: 0, changes: [] });
    expect(await snapshot()).toEqual(before);
    expect(await db.outboxEvent.count()).toBe(outboxBefore);
    expect(sentEvents()).toHaveLength(sentBefore);
  });

  it("emits rankings/changed with old and new rank exactly for the teams whose rank moved", async () => {
    const t = await teams("Ace", "Bolt", "Crow", "Dune");
    const ids = Object.values<string>(t);
    await play(t.Ace, t.Bolt, "A"); // Ace 3, Bolt 0
    await play(t.Crow, t.Dune, "draw"); // Crow 1, Dune 1

    const first = await recomputeRankings();

    // A first ranking counts as a move (from null).
    expect(first.changes).toMatchObject([
      { teamId: t.Ace, oldRank: null, newRank: 1, points: 3 },
      { teamId: t.Crow, oldRank: null, newRank: 2, points: 1 },
      { teamId: t.Dune, oldRank: null, newRank: 3, points: 1 },
      { teamId: t.Bolt, oldRank: null, newRank: 4, points: 0 },
    ]);
    expect(rankingEventsFor(ids).map((event) => event.data)).toEqual(expect.arrayContaining(first.changes));
    expect(rankingEventsFor(ids)).toHaveLength(4);

    // Dune beats Crow: Dune (4 points) moves 3 → 2, Crow (1 point) 2 → 3.
    // Ace wins again (6 points) and Bolt loses again: new stats, same ranks — no event for them.
    await play(t.Dune, t.Crow, "A");
    await play(t.Ace, t.Bolt, "A");
    const sentBefore = rankingEventsFor(ids).length;

    const second = await recomputeRankings();

    expect(second.updatedCount).toBe(4);
    const moves = [
      {
        teamId: t.Dune,
        oldRank: 3,
        newRank: 2,
        points: 4,
        lastResult: { outcome: "win", opponentName: "Crow", scoreFor: null, scoreAgainst: null },
      },
      {
        teamId: t.Crow,
        oldRank: 2,
        newRank: 3,
        points: 1,
        lastResult: { outcome: "loss", opponentName: "Dune", scoreFor: null, scoreAgainst: null },
      },
    ];
    expect(second.changes).toEqual(moves);
    const sentNow = rankingEventsFor(ids).slice(sentBefore);
    expect(sentNow.map((event) => event.data)).toEqual(expect.arrayContaining(moves));
    expect(sentNow).toHaveLength(2);
    // The outbox holds the same: 4 + 2 rows for these teams, all sent, each row id being the event id.
    const rows = (await db.outboxEvent.findMany({ where: { name: "rankings/changed" } })).filter((row) =>
      ids.includes((row.data as { teamId: string }).teamId),
    );
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
    const latest = rows.filter((row) => sentNow.some((event) => event.id === row.id));
    expect(latest.map((row) => row.data)).toEqual(expect.arrayContaining(moves));
    expect(latest).toHaveLength(2);
  });

  it("with a tournament, refreshes only its teams' stats (from all their matches) and re-ranks everyone", async () => {
    const other = await aTournament({ name: "other", slug: "other" });
    const t = await teams("Inside", "Insider", "Outside", "Outsider");
    await db.registration.createMany({
      data: [
        { tournamentId, teamId: t.Inside },
        { tournamentId, teamId: t.Insider },
        { tournamentId: other.id, teamId: t.Outside },
        { tournamentId: other.id, teamId: t.Outsider },
      ],
    });
    await play(t.Inside, t.Insider, "A");
    await play(t.Outside, t.Outsider, "A", { tournament: other.id });
    await play(t.Outsider, t.Inside, "draw", { tournament: other.id });

    const scoped = await recomputeRankings({ tournamentId });

    expect(scoped.dedupKey).toBe(generateDedupKey("recompute_rankings", { tournamentId }));
    const after = await standingsByName();
    // Inside's totals include its match in the other tournament.
    expect(after.get("Inside")).toMatchObject({ points: 4, wins: 1, draws: 1, losses: 0, rank: 1 });
    expect(after.get("Insider")).toMatchObject({ points: 0, wins: 0, draws: 0, losses: 1 });
    // The other tournament's teams keep their (still empty) stats but get a place in the order.
    expect(after.get("Outside")).toMatchObject({ points: 0, wins: 0, draws: 0, losses: 0 });
    expect(after.get("Outsider")).toMatchObject({ points: 0, wins: 0, draws: 0, losses: 0 });
    expect(["Outside", "Outsider", "Insider"].map((name) => after.get(name)?.rank)).toEqual([2, 3, 4]);

    await recomputeRankings();
    const global = await standingsByName();
    expect(global.get("Outside")).toMatchObject({ points: 3, wins: 1, rank: 2 });
    expect(global.get("Outsider")).toMatchObject({ points: 1, draws: 1, losses: 1, rank: 3 });
  });

  it("refuses an unknown tournament with NOT_FOUND and writes nothing", async () => {
    const t = await teams("Lonely", "Partner");
    await play(t.Lonely, t.Partner, "A");
    const outboxBefore = await db.outboxEvent.count();

    const failure = await recomputeRankings({ tournamentId: "no-such-tournament" }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "NOT_FOUND" });
    expect((await standings()).map((team) => [team.points, team.rank])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(await db.outboxEvent.count()).toBe(outboxBefore);
  });

  it("gives one consistent result when recomputes run concurrently: each change written and announced once", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Racer ${i}`);
    const t: Record<string, string> = await teams(...names);
    const ids = names.map((name) => t[name] ?? "");
    for (let i = 0; i < ids.length; i++)
      await play(at(ids, i), at(ids, (i + 1) % ids.length), i % 3 === 0 ? "draw" : "A");
    const sentBefore = rankingEventsFor(ids).length;

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => recomputeRankings(i % 2 ? { tournamentId } : {})),
    );

    const ranked = await standings();
    expect(ranked).toEqual(rankStandings(ranked));
    expect(ranked.map((team) => team.rank)).toEqual(ids.map((_, index) => index + 1));
    // Serialized: one run wrote every team, the others found nothing left to change.
    expect(results.reduce((sum, result) => sum + result.updatedCount, 0)).toBe(ids.length);
    expect(results.filter((result) => result.updatedCount > 0)).toHaveLength(1);
    expect(rankingEventsFor(ids).slice(sentBefore)).toHaveLength(ids.length);
  });

  it("waits for a recompute in progress, then ranks from what was committed meanwhile", async () => {
    const t = await teams("Early", "Late");
    await play(t.Early, t.Late, "A");
    let releaseLock = () => {};
    let lockTaken = () => {};
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RANKINGS_LOCK_KEY}::bigint)`;
      lockTaken();
      await new Promise<void>((resolve) => (releaseLock = resolve));
    });
    await taken;

    let isFinished = false;
    const run = recomputeRankings().finally(() => (isFinished = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isFinished).toBe(false);
    // Committed while the recompute waits: Late wins twice and overtakes Early.
    await play(t.Late, t.Early, "A");
    await play(t.Late, t.Early, "A");
    releaseLock();
    await holder;

    expect((await run).changes).toMatchObject([
      { teamId: t.Late, oldRank: null, newRank: 1, points: 6 },
      { teamId: t.Early, oldRank: null, newRank: 2, points: 3 },
    ]);
  });
});

describe("recomputeRankings explains each move", () => {
  async function result(a: string, b: string, scoreA: number, scoreB: number, completedAt = new Date()) {
    await db.match.create({
      data: {
        tournamentId,
        round: 1,
        teamAId: a,
        teamBId: b,
        status: "COMPLETED",
        scoreA,
        scoreB,
        winnerId: scoreA > scoreB ? a : scoreB > scoreA ? b : null,
        completedAt,
      },
    });
  }
  const changeOf = (changes: TRankChange[], teamId: string) => changes.find((change) => change.teamId === teamId);

  it("words a climb, a fall and a draw from the newest result since the previous recompute; others get the move alone", async () => {
    const t = await teams("Alpha", "Bravo", "Charlie", "Delta", "Echo");
    // Standings before: Alpha 6, Bravo 3, Charlie 1, Delta 1, Echo 0.
    await result(t.Alpha, t.Echo, 2, 0, new Date(Date.now() - 3_600_000));
    await result(t.Alpha, t.Echo, 2, 1, new Date(Date.now() - 3_500_000));
    await result(t.Bravo, t.Echo, 2, 0, new Date(Date.now() - 3_400_000));
    await result(t.Charlie, t.Delta, 1, 1, new Date(Date.now() - 3_300_000));
    await recomputeRankings();

    // Echo beats Alpha twice (an older and a newer result: the newest explains the move); Charlie and Delta draw again.
    await result(t.Echo, t.Alpha, 1, 0, new Date(Date.now() - 60_000));
    await result(t.Alpha, t.Echo, 0, 2, new Date(Date.now() - 30_000));
    await result(t.Delta, t.Charlie, 1, 1);
    const { changes } = await recomputeRankings();

    const words = (teamId: string) => {
      const change = changeOf(changes, teamId);
      return change ? explainRankMove(change) : null;
    };
    expect(words(t.Echo)).toBe("Up 3 to #2 after beating Alpha 2–0");
    // Alpha: 6 points, still ahead on wins? Alpha 2W 2L = 6, Echo 2W 3L = 6 → Alpha stays #1 (fewer losses).
    expect(words(t.Alpha)).toBeNull();
    expect(words(t.Bravo)).toBe("Down 1 to #3");
    // Charlie and Delta (2 draws each, 2 points) swap nothing among themselves but fall below Echo.
    expect(words(t.Charlie)).toBe("Down 1 to #4 after a 1–1 draw with Delta");
    expect(words(t.Delta)).toBe("Down 1 to #5 after a 1–1 draw with Charlie");

    // A loss that drops a team: Bravo loses to Delta.
    await result(t.Bravo, t.Delta, 0, 3);
    const after = await recomputeRankings();
    const bravo = changeOf(after.changes, t.Bravo);
    expect(bravo && explainRankMove(bravo)).toBe("Down 1 to #4 after losing to Delta 0–3");
    const delta = changeOf(after.changes, t.Delta);
    expect(delta && explainRankMove(delta)).toBe("Up 2 to #3 after beating Bravo 3–0");
  });

  it("sends the explanation with rankings/changed, and the player's notification title carries it", async () => {
    const t = await teams("Golden Tide", "Iron Wolves");
    await recomputeRankings();
    await result(t["Iron Wolves"], t["Golden Tide"], 2, 0);
    await recomputeRankings();
    const event = rankingEventsFor([t["Iron Wolves"]]).at(-1);
    expect(event?.data).toMatchObject({
      oldRank: 2,
      newRank: 1,
      lastResult: { outcome: "win", opponentName: "Golden Tide", scoreFor: 2, scoreAgainst: 0 },
    });
    const [request] = await onRankingChanged(rankingsChanged.schema.parse(event?.data));
    expect(request?.title).toBe("Iron Wolves: up 1 to #1 after beating Golden Tide 2–0");
  });

  it("sends the same number of statements for 10 teams as for 200", async () => {
    const statementsFor = async (teamCount: number) => {
      await db.$executeRaw`TRUNCATE "Team" CASCADE`;
      const names = Array.from({ length: teamCount }, (_, index) => `Team ${String(index).padStart(3, "0")}`);
      const ids = Object.values<string>(await teams(...names));
      await recomputeRankings();
      // Every team plays once more (half win, half lose): every rank moves and each move is explained.
      for (let index = 0; index + 1 < ids.length; index += 2) {
        await result(ids[index + 1] ?? "", ids[index] ?? "", 2, 1);
      }
      const spy = vi.spyOn(pg.Client.prototype, "query");
      try {
        const { changes } = await recomputeRankings();
        expect(changes.filter((change) => change.lastResult).length).toBeGreaterThan(teamCount / 2);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const small = await statementsFor(10);
    const large = await statementsFor(200);
    console.log(`recomputeRankings statements: ${small} with 10 teams, ${large} with 200 teams`);
    expect(large).toBe(small);
  }, 120_000);
});
