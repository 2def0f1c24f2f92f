// remind-match-start for real through @inngest/test: scheduling, moving, cancelling and results go
// through the domain operations (outbox → the Inngest stand-in), the reminder function runs on the
// events they sent, its sleep is satisfied by a mocked step (where a test may change the world
// "while it sleeps"), and the requests it sends run through notify onto the demo world's rows.
import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cancelMatch } from "@/lib/tournaments/cancel-match";
import { postMatchResult } from "@/lib/tournaments/post-match-result";
import { rescheduleMatch } from "@/lib/tournaments/reschedule-match";
import { scheduleMatch } from "@/lib/tournaments/schedule-match";
import { ADMIN, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { sentEvents, type TSentEvent } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { renderTimeTokens } from "@/lib/notifications/content/time-tokens";
import { notifyFunction } from "./notify";
import { remindMatchStartFunction } from "./remind-match-start";

const CRIMSON = seedId.team("crimson");
const AZURE = seedId.team("azure");
const ONGOING = seedId.tournament("ongoing");
const MINUTE = 60_000;
const WAIT_STEP = "wait-for-reminder-time";

beforeEach(() => resetDemoData());

const schedule = (scheduledAt: Date) =>
  scheduleMatch(ADMIN, { tournamentId: ONGOING, round: 4, teamAId: CRIMSON, teamBId: AZURE, scheduledAt });

/** The last event Inngest received under `name` for `matchId`. */
function lastEvent(name: string, matchId: string): TSentEvent {
  const event = sentEvents().findLast((sent) => sent.name === name && sent.data.matchId === matchId);
  if (!event) throw new Error(`no ${name} for ${matchId}`);
  return event;
}

/**
 * Runs the reminder function on `event`; its sleep is mocked (`whileAsleep` runs in its place).
 * Then notify runs on every request it sent. Returns the run's result and the time it slept until.
 */
async function runReminder(event: TSentEvent, whileAsleep: () => Promise<unknown> = async () => undefined) {
  const since = sentEvents().length;
  const engine = new InngestTestEngine({
    function: remindMatchStartFunction,
    events: [{ ...event, ts: Date.now() }] as never,
    steps: [{ id: WAIT_STEP, handler: async () => void (await whileAsleep()) }],
  });
  const { result, error, ctx } = await engine.execute();
  expect(error).toBeUndefined();
  const sleeps = (ctx.step.sleepUntil as unknown as { mock: { calls: [string, Date][] } }).mock.calls;
  for (const request of sentEvents()
    .slice(since)
    .filter((sent) => sent.name === "notification/requested")) {
    const { error: notifyError } = await runInngestFunction(notifyFunction, request);
    expect(notifyError).toBeUndefined();
  }
  return { result, sleptUntil: sleeps.map(([, until]) => new Date(until)) };
}

const reminders = () =>
  db.notification.findMany({
    where: { type: "match_starting" },
    select: { userId: true, title: true, body: true, url: true, dedupKey: true, data: true },
    orderBy: { userId: "asc" },
  });
const rosterOf = async (...teamIds: string[]) =>
  (await db.teamMembership.findMany({ where: { teamId: { in: teamIds } }, select: { userId: true } }))
    .map((row) => row.userId)
    .sort();

const localTime = (at: Date, timeZone: string) =>
  at.toLocaleString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", timeZoneName: "short" });

describe("remind-match-start", () => {
  it("reminds both rosters exactly MATCH_REMINDER_MINUTES before the start in absolute time, across Berlin's spring-forward", async () => {
    // 03:15 in Berlin on 28 March 2027, a quarter of an hour after clocks jump from 02:00 CET to 03:00 CEST.
    const start = new Date("2027-03-28T01:15:00Z");
    expect(localTime(start, "Europe/Berlin")).toBe("03:15 CEST");
    const { matchId } = await schedule(start);

    const { result, sleptUntil } = await runReminder(lastEvent("match/scheduled", matchId));

    expect(env.MATCH_REMINDER_MINUTES).toBe(30);
    expect(sleptUntil).toEqual([new Date("2027-03-28T00:45:00Z")]);
    // 30 real minutes earlier is 01:45 CET: the wall clock shows 90 minutes between them, and "02:45" never exists that night.
    expect(localTime(sleptUntil[0] as Date, "Europe/Berlin")).toBe("01:45 CET");
    expect(result).toMatchObject({ status: "sent", scheduledAt: start.toISOString() });

    const sent = await reminders();
    expect(sent.map((row) => row.userId).sort()).toEqual(await rosterOf(CRIMSON, AZURE));
    const crimsonPlayer = sent.find((row) => row.data && (row.data as { teamId?: string }).teamId === CRIMSON);
    expect(crimsonPlayer).toMatchObject({
      title: "Your match vs Azure Phantoms starts in 30 min",
      url: "/tournaments/nightfall-masters",
      data: { matchId, tournamentId: ONGOING, teamId: CRIMSON },
    });
    // One body per request, the start as a time token: each reader sees it in their zone — 03:15 CEST in Berlin.
    expect(crimsonPlayer?.body).toContain("starts at {{t:2027-03-28T01:15:00.000Z}}.");
    expect(renderTimeTokens(crimsonPlayer?.body ?? "", "Europe/Berlin")).toContain(
      "starts at Sun, 28 Mar 2027, 03:15 CEST.",
    );
  });

  it("a moved match is reminded once, at its new time; the run waiting for the old time sends nothing", async () => {
    const { matchId } = await schedule(new Date(Date.now() + 3 * 60 * MINUTE));
    const scheduled = lastEvent("match/scheduled", matchId);
    const newStart = new Date(Math.ceil((Date.now() + 6 * 60 * MINUTE) / MINUTE) * MINUTE);

    // The first run is asleep when the admin moves the match (Inngest's cancelOn would end it; the re-read must too).
    const stale = await runReminder(scheduled, () => rescheduleMatch(ADMIN, { matchId, scheduledAt: newStart }));
    expect(stale.result).toEqual({ status: "skipped", reason: "the match moved to another time" });
    expect(await reminders()).toEqual([]);

    const moved = lastEvent("match/rescheduled", matchId);
    const fresh = await runReminder(moved);
    expect(fresh.sleptUntil).toEqual([new Date(newStart.getTime() - 30 * MINUTE)]);
    // A redelivered event or a retried run: still one reminder each.
    await runReminder(moved);

    const sent = await reminders();
    expect(sent.map((row) => row.userId).sort()).toEqual(await rosterOf(CRIMSON, AZURE));
    expect(sent.every((row) => row.dedupKey.startsWith(`match-starting:${matchId}:${newStart.toISOString()}:`))).toBe(
      true,
    );
  });

  it("a result posted before the reminder time means no reminder", async () => {
    const { matchId } = await schedule(new Date(Date.now() + 2 * 60 * MINUTE));
    const { result } = await runReminder(lastEvent("match/scheduled", matchId), () =>
      postMatchResult(ADMIN, { matchId, scoreA: 13, scoreB: 5 }),
    );
    expect(result).toEqual({ status: "skipped", reason: "the match is completed" });
    expect(await reminders()).toEqual([]);
  });

  it("a cancelled match gets no reminder", async () => {
    const { matchId } = await schedule(new Date(Date.now() + 2 * 60 * MINUTE));
    const { result } = await runReminder(lastEvent("match/scheduled", matchId), () => cancelMatch(ADMIN, { matchId }));
    expect(result).toEqual({ status: "skipped", reason: "the match is cancelled" });
    expect(await reminders()).toEqual([]);
  });

  it("reminds at once when the reminder time has passed but the match has not started, saying how long is left", async () => {
    const start = new Date(Date.now() + 10 * MINUTE + 30_000);
    const { matchId } = await schedule(start);
    const { result, sleptUntil } = await runReminder(lastEvent("match/scheduled", matchId));
    expect(sleptUntil[0]?.getTime()).toBeLessThan(Date.now());
    expect(result).toMatchObject({ status: "sent" });
    const sent = await reminders();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((row) => row.title.endsWith("starts in 11 min"))).toBe(true);
  });

  it("sends nothing once the match has started", async () => {
    const { matchId } = await schedule(new Date(Date.now() + 60 * MINUTE));
    const event = lastEvent("match/scheduled", matchId);
    const startedAt = new Date(Date.now() - MINUTE);
    await db.match.update({ where: { id: matchId }, data: { scheduledAt: startedAt } });
    const { result } = await runReminder({ ...event, data: { ...event.data, scheduledAt: startedAt.toISOString() } });
    expect(result).toEqual({ status: "skipped", reason: "the match has already started" });
    expect(await reminders()).toEqual([]);
  });

  it("registers cancelOn for a result, a cancellation and a move of the same match", () => {
    // What the SDK registers with the server (the contract test checks these expressions against the event schemas).
    type TGetConfig = (options: { baseUrl: URL; appPrefix: string }) => { triggers: unknown; cancel?: unknown }[];
    const getConfig = (remindMatchStartFunction as unknown as { getConfig: TGetConfig }).getConfig.bind(
      remindMatchStartFunction,
    );
    const [config] = getConfig({ baseUrl: new URL("http://localhost:3000/api/inngest"), appPrefix: "deltacrown" });
    const same = "async.data.matchId == event.data.matchId";
    expect(config?.triggers).toEqual([{ event: "match/scheduled" }, { event: "match/rescheduled" }]);
    expect(config?.cancel).toEqual([
      { event: "match/result.posted", if: same },
      { event: "match/cancelled", if: same },
      { event: "match/rescheduled", if: same },
    ]);
  });
});
