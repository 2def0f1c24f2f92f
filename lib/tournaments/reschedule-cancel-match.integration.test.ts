// Moving and cancelling a scheduled match: the rules (admins only, a future time, a match that is
// still scheduled), the events through the outbox, and what both rosters read.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  ADMIN,
  expectEventSent,
  expectNoNewEvents,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { deliverEventsSince } from "@/test-support/deliver-domain-events";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { timeToken } from "@/lib/notifications/content/time-tokens";
import { cancelMatch } from "./cancel-match";
import { postMatchResult } from "./post-match-result";
import { updateScheduledMatch } from "./lock-scheduled-match";
import { rescheduleMatch } from "./reschedule-match";

const ONGOING = seedId.tournament("ongoing");
const MATCH = "seed_match_ongoing_r1_crimson_azure";
const HOUR = 3_600_000;
/** A whole minute some hours ahead (as the admin's datetime input gives). */
const hoursAhead = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000);

const matchRow = () =>
  db.match.findUniqueOrThrow({ where: { id: MATCH }, select: { status: true, scheduledAt: true } });
const rosters = async () =>
  (
    await db.teamMembership.findMany({
      where: { teamId: { in: [seedId.team("crimson"), seedId.team("azure")] } },
      select: { userId: true },
    })
  )
    .map((row) => row.userId)
    .sort();
const scheduleNews = () =>
  db.notification.findMany({
    where: { type: "match_scheduled", dedupKey: { not: { startsWith: "seed:" } } },
    select: { userId: true, title: true, body: true, data: true, dedupKey: true },
  });

beforeEach(() => resetDemoData());

describe("rescheduleMatch", () => {
  it("moves the match and sends match/rescheduled with the new and previous time", async () => {
    const before = await matchRow();
    const scheduledAt = hoursAhead(50);

    const result = await rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt });

    expect(result).toMatchObject({ matchId: MATCH, tournamentId: ONGOING, scheduledAt, isUnchanged: false });
    expect(await matchRow()).toEqual({ status: "SCHEDULED", scheduledAt });
    await expectEventSent("match/rescheduled", {
      matchId: MATCH,
      tournamentId: ONGOING,
      scheduledAt: scheduledAt.toISOString(),
      previousScheduledAt: before.scheduledAt?.toISOString() ?? null,
    });
  });

  it("tells both rosters it moved, and again on a second move", async () => {
    const since = sentEvents().length;
    const first = hoursAhead(50);
    const second = hoursAhead(74);
    await rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt: first });
    await rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt: second });
    await deliverEventsSince(since);

    const news = await scheduleNews();
    const members = await rosters();
    expect(news.map((row) => row.userId).sort()).toEqual([...members, ...members].sort());
    const titles = new Set(news.map((row) => row.title));
    expect([...titles].every((title) => title.startsWith("Crimson Vanguard vs Azure Phantoms moved to "))).toBe(true);
    expect(titles.size).toBe(2);
    // The new time as a token, so each player reads it in their zone.
    expect(titles).toContain(`Crimson Vanguard vs Azure Phantoms moved to ${timeToken(second)}`);
    expect(news.every((row) => (row.data as { matchId?: string }).matchId === MATCH)).toBe(true);
    expect(news.filter((row) => row.dedupKey.includes(second.toISOString()))).toHaveLength(members.length);
  });

  it("refuses a time in the past, and changes and sends nothing", async () => {
    const before = await tallyEvents();
    await expect(
      rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt: new Date(Date.now() - HOUR) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Pick a new match time in the future." });
    await expectNoNewEvents(before);
  });

  it("refuses players", async () => {
    const before = await tallyEvents();
    await expect(rescheduleMatch(player("alex"), { matchId: MATCH, scheduledAt: hoursAhead(5) })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expectNoNewEvents(before);
  });

  it("refuses a completed match", async () => {
    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 4 });
    const before = await tallyEvents();
    await expect(rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt: hoursAhead(5) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This match already has a result, so you cannot reschedule it.",
    });
    await expectNoNewEvents(before);
  });

  it("moving it to the time it already has changes and sends nothing", async () => {
    const scheduledAt = hoursAhead(50);
    await rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt });
    const before = await tallyEvents();
    expect(await rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt })).toMatchObject({ isUnchanged: true });
    await expectNoNewEvents(before);
  });
});

describe("cancelMatch", () => {
  it("cancels the match, sends match/cancelled, and tells both rosters", async () => {
    const since = sentEvents().length;
    await cancelMatch(ADMIN, { matchId: MATCH });

    expect((await matchRow()).status).toBe("CANCELLED");
    await expectEventSent("match/cancelled", { matchId: MATCH, tournamentId: ONGOING });
    await deliverEventsSince(since);
    const news = await scheduleNews();
    expect(news.map((row) => row.userId).sort()).toEqual(await rosters());
    expect(news.every((row) => row.title === "Crimson Vanguard vs Azure Phantoms cancelled")).toBe(true);
    expect(news[0]?.body).toMatch(/^The round 1 match of .+ will not be played\.$/);
  });

  it("refuses players, completed matches, and a second cancellation", async () => {
    await expect(cancelMatch(player("alex"), { matchId: MATCH })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const completed = await db.match.findFirstOrThrow({ where: { status: "COMPLETED" }, select: { id: true } });
    await expect(cancelMatch(ADMIN, { matchId: completed.id })).rejects.toMatchObject({ code: "CONFLICT" });

    await cancelMatch(ADMIN, { matchId: MATCH });
    const before = await tallyEvents();
    await expect(cancelMatch(ADMIN, { matchId: MATCH })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This match was cancelled, so you cannot cancel it.",
    });
    await expect(rescheduleMatch(ADMIN, { matchId: MATCH, scheduledAt: hoursAhead(5) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expectNoNewEvents(before);
  });

  it("refuses a match that does not exist", async () => {
    await expect(cancelMatch(ADMIN, { matchId: "no_such_match" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("updateScheduledMatch", () => {
  it("never overwrites a result that landed after the checks (results take no schedule lock)", async () => {
    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 4 });
    await expect(
      db.$transaction((tx) => updateScheduledMatch(tx, MATCH, { status: "CANCELLED" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await matchRow()).status).toBe("COMPLETED");
  });
});
