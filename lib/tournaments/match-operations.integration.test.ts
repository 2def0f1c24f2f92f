import { beforeEach, describe, expect, it } from "vitest";
import {
  ADMIN,
  expectEventSent,
  expectNoNewEvents,
  outboxRows,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { db } from "@/lib/db";
import { postMatchResult } from "./post-match-result";
import { scheduleMatch } from "./schedule-match";

const CRIMSON = seedId.team("crimson");
const AZURE = seedId.team("azure");
const GOLDEN = seedId.team("golden");
const ONGOING = seedId.tournament("ongoing");
const REGISTRATION = seedId.tournament("registration");
const MATCH = "seed_match_ongoing_r1_crimson_azure";
const DAY = 24 * 60 * 60 * 1000;

const matchRow = (id: string) =>
  db.match.findUniqueOrThrow({
    where: { id },
    select: { status: true, scoreA: true, scoreB: true, winnerId: true, completedAt: true },
  });

beforeEach(() => resetDemoData());

describe("postMatchResult", () => {
  it("completes the match with its scores, winner and completion time, and sends match/result.posted", async () => {
    const result = await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 });

    expect(result).toMatchObject({ matchId: MATCH, winnerId: CRIMSON, isCorrection: false, isUnchanged: false });
    const match = await matchRow(MATCH);
    expect(match).toMatchObject({ status: "COMPLETED", scoreA: 13, scoreB: 7, winnerId: CRIMSON });
    expect(match.completedAt).toBeInstanceOf(Date);
    await expectEventSent("match/result.posted", { matchId: MATCH, tournamentId: ONGOING });
  });

  it("records a draw as a completed match without a winner", async () => {
    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 12, scoreB: 12 });
    expect(await matchRow(MATCH)).toMatchObject({ status: "COMPLETED", scoreA: 12, scoreB: 12, winnerId: null });
  });

  it("accepts a correction: new scores and winner, the first completion time kept, and the event sent again", async () => {
    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 });
    const first = await matchRow(MATCH);

    const result = await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 9, scoreB: 13 });

    expect(result).toMatchObject({ isCorrection: true, winnerId: AZURE });
    expect(await matchRow(MATCH)).toMatchObject({
      status: "COMPLETED",
      scoreA: 9,
      scoreB: 13,
      winnerId: AZURE,
      completedAt: first.completedAt,
    });
    const rows = await outboxRows("match/result.posted");
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
  });

  it("treats posting the same score again as a no-op that sends nothing", async () => {
    await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 });
    const before = await tallyEvents();

    const result = await postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 });

    expect(result).toMatchObject({ isUnchanged: true, isCorrection: false });
    await expectNoNewEvents(before);
  });

  it("refuses players, even the captain of a team in the match, and writes and sends nothing", async () => {
    const before = await tallyEvents();
    await expect(postMatchResult(player("alex"), { matchId: MATCH, scoreA: 13, scoreB: 0 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only admins can do this.",
    });
    expect(await matchRow(MATCH)).toMatchObject({ status: "SCHEDULED", scoreA: null, winnerId: null });
    await expectNoNewEvents(before);
  });

  it("refuses a cancelled match", async () => {
    await db.match.update({ where: { id: MATCH }, data: { status: "CANCELLED" } });
    const before = await tallyEvents();
    await expect(postMatchResult(ADMIN, { matchId: MATCH, scoreA: 1, scoreB: 0 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("cancelled"),
    });
    expect(await matchRow(MATCH)).toMatchObject({ status: "CANCELLED", scoreA: null });
    await expectNoNewEvents(before);
  });

  it("refuses a match of a cancelled tournament", async () => {
    await db.tournament.update({ where: { id: ONGOING }, data: { status: "CANCELLED" } });
    await expect(postMatchResult(ADMIN, { matchId: MATCH, scoreA: 1, scoreB: 0 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await matchRow(MATCH)).toMatchObject({ status: "SCHEDULED" });
  });

  it("refuses negative or fractional scores and writes nothing", async () => {
    const before = await tallyEvents();
    await expect(postMatchResult(ADMIN, { matchId: MATCH, scoreA: -1, scoreB: 3 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("whole number"),
    });
    await expect(postMatchResult(ADMIN, { matchId: MATCH, scoreA: 1.5, scoreB: 3 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await matchRow(MATCH)).toMatchObject({ status: "SCHEDULED", scoreA: null });
    await expectNoNewEvents(before);
  });

  it("answers an unknown match with NOT_FOUND", async () => {
    await expect(postMatchResult(ADMIN, { matchId: "nope", scoreA: 1, scoreB: 0 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That match does not exist.",
    });
  });

  it("completes the match once when the same result is posted twice at the same moment", async () => {
    const outcomes = await Promise.allSettled([
      postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 }),
      postMatchResult(ADMIN, { matchId: MATCH, scoreA: 13, scoreB: 7 }),
    ]);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(outcomes.some((outcome) => outcome.status === "fulfilled")).toBe(true);
    expect(await matchRow(MATCH)).toMatchObject({ status: "COMPLETED", scoreA: 13, scoreB: 7 });
    expect(await outboxRows("match/result.posted")).toHaveLength(1);
  });
});

describe("scheduleMatch", () => {
  const inThreeDays = () => new Date(Date.now() + 3 * DAY);

  it("creates a scheduled match between two registered teams and sends match/scheduled", async () => {
    const scheduledAt = inThreeDays();
    const result = await scheduleMatch(ADMIN, {
      tournamentId: REGISTRATION,
      round: 1,
      teamAId: AZURE,
      teamBId: GOLDEN,
      scheduledAt,
    });

    const match = await db.match.findUniqueOrThrow({ where: { id: result.matchId } });
    expect(match).toMatchObject({
      tournamentId: REGISTRATION,
      round: 1,
      teamAId: AZURE,
      teamBId: GOLDEN,
      status: "SCHEDULED",
      scheduledAt,
      scoreA: null,
    });
    await expectEventSent("match/scheduled", {
      matchId: result.matchId,
      tournamentId: REGISTRATION,
      scheduledAt: scheduledAt.toISOString(),
    });
  });

  it("refuses players and writes and sends nothing", async () => {
    const before = await tallyEvents();
    const matches = await db.match.count();
    await expect(
      scheduleMatch(player("lena"), {
        tournamentId: REGISTRATION,
        round: 1,
        teamAId: AZURE,
        teamBId: GOLDEN,
        scheduledAt: inThreeDays(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.match.count()).toBe(matches);
    await expectNoNewEvents(before);
  });

  it("refuses a team that is not registered in the tournament", async () => {
    const before = await tallyEvents();
    await expect(
      scheduleMatch(ADMIN, {
        tournamentId: REGISTRATION,
        round: 1,
        teamAId: AZURE,
        teamBId: CRIMSON,
        scheduledAt: inThreeDays(),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Crimson Vanguard is not registered for Rocket Rumble Open.",
    });
    expect(await db.match.count({ where: { tournamentId: REGISTRATION } })).toBe(0);
    await expectNoNewEvents(before);
  });

  it("refuses a team playing itself, a time in the past and a round below 1", async () => {
    const base = { tournamentId: REGISTRATION, round: 1, teamAId: AZURE, teamBId: GOLDEN, scheduledAt: inThreeDays() };
    await expect(scheduleMatch(ADMIN, { ...base, teamBId: AZURE })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Choose two different teams.",
    });
    await expect(scheduleMatch(ADMIN, { ...base, scheduledAt: new Date(Date.now() - DAY) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Pick a match time in the future.",
    });
    await expect(scheduleMatch(ADMIN, { ...base, round: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.match.count({ where: { tournamentId: REGISTRATION } })).toBe(0);
  });

  it("refuses tournaments that are not open for registration or under way", async () => {
    const completed = seedId.tournament("completed");
    await expect(
      scheduleMatch(ADMIN, {
        tournamentId: completed,
        round: 4,
        teamAId: AZURE,
        teamBId: GOLDEN,
        scheduledAt: inThreeDays(),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("open for registration or under way"),
    });
    await expect(
      scheduleMatch(ADMIN, {
        tournamentId: "nope",
        round: 1,
        teamAId: AZURE,
        teamBId: GOLDEN,
        scheduledAt: inThreeDays(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the same pairing twice in one round, in either order", async () => {
    await scheduleMatch(ADMIN, {
      tournamentId: ONGOING,
      round: 4,
      teamAId: CRIMSON,
      teamBId: AZURE,
      scheduledAt: inThreeDays(),
    });
    await expect(
      scheduleMatch(ADMIN, {
        tournamentId: ONGOING,
        round: 4,
        teamAId: AZURE,
        teamBId: CRIMSON,
        scheduledAt: inThreeDays(),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Azure Phantoms and Crimson Vanguard already have a match in round 4.",
    });
    expect(await db.match.count({ where: { tournamentId: ONGOING, round: 4 } })).toBe(1);
  });

  it("creates one match when the same match is scheduled twice at the same moment", async () => {
    const input = { tournamentId: ONGOING, round: 4, teamAId: CRIMSON, teamBId: GOLDEN, scheduledAt: inThreeDays() };
    const outcomes = await Promise.allSettled([scheduleMatch(ADMIN, input), scheduleMatch(ADMIN, input)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused?.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already have a match"),
    });
    expect(await db.match.count({ where: { tournamentId: ONGOING, round: 4 } })).toBe(1);
    expect(await outboxRows("match/scheduled")).toHaveLength(1);
  });
});
