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
import { completeTournament } from "./complete-tournament";
import { publishBracket } from "./publish-bracket";
import { registerTeam } from "./register-team";

const CRIMSON = seedId.team("crimson");
const AZURE = seedId.team("azure");
const GOLDEN = seedId.team("golden");
const OBSIDIAN = seedId.team("obsidian");
const COMPLETED = seedId.tournament("completed");
const ONGOING = seedId.tournament("ongoing");
const REGISTRATION = seedId.tournament("registration");

const tournamentRow = (id: string) =>
  db.tournament.findUniqueOrThrow({
    where: { id },
    select: { status: true, completedAt: true, bracketPublishedAt: true },
  });

async function aDraftTournament() {
  return db.tournament.create({
    data: { name: "Winter Draft Cup", slug: "winter-draft-cup", game: "Valorant", status: "DRAFT" },
    select: { id: true },
  });
}

async function aMatchIn(tournamentId: string) {
  await db.match.create({
    data: { tournamentId, round: 1, teamAId: AZURE, teamBId: GOLDEN, scheduledAt: new Date(Date.now() + 86_400_000) },
  });
}

beforeEach(() => resetDemoData());

describe("publishBracket", () => {
  it("stamps bracketPublishedAt and sends tournament/bracket.published", async () => {
    await aMatchIn(REGISTRATION);
    const result = await publishBracket(ADMIN, { tournamentId: REGISTRATION });

    expect(result).toMatchObject({ tournamentId: REGISTRATION, matchCount: 1 });
    expect((await tournamentRow(REGISTRATION)).bracketPublishedAt).toEqual(result.bracketPublishedAt);
    await expectEventSent("tournament/bracket.published", { tournamentId: REGISTRATION });
  });

  it("refuses a bracket that is already published", async () => {
    const before = await tallyEvents();
    const published = (await tournamentRow(ONGOING)).bracketPublishedAt;
    await expect(publishBracket(ADMIN, { tournamentId: ONGOING })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The bracket of Nightfall Masters is already published.",
    });
    expect((await tournamentRow(ONGOING)).bracketPublishedAt).toEqual(published);
    await expectNoNewEvents(before);
  });

  it("refuses draft, completed and cancelled tournaments", async () => {
    const draft = await aDraftTournament();
    await expect(publishBracket(ADMIN, { tournamentId: draft.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("still a draft"),
    });
    await db.tournament.update({ where: { id: REGISTRATION }, data: { status: "CANCELLED" } });
    await aMatchIn(REGISTRATION);
    await expect(publishBracket(ADMIN, { tournamentId: REGISTRATION })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was cancelled"),
    });
    await db.tournament.update({ where: { id: REGISTRATION }, data: { status: "COMPLETED" } });
    await expect(publishBracket(ADMIN, { tournamentId: REGISTRATION })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already completed"),
    });
    expect((await tournamentRow(REGISTRATION)).bracketPublishedAt).toBeNull();
  });

  it("refuses a bracket without any scheduled match", async () => {
    await expect(publishBracket(ADMIN, { tournamentId: REGISTRATION })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Schedule at least one match"),
    });
    expect((await tournamentRow(REGISTRATION)).bracketPublishedAt).toBeNull();
  });

  it("refuses players and writes and sends nothing", async () => {
    await aMatchIn(REGISTRATION);
    const before = await tallyEvents();
    await expect(publishBracket(player("lena"), { tournamentId: REGISTRATION })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await tournamentRow(REGISTRATION)).bracketPublishedAt).toBeNull();
    await expectNoNewEvents(before);
  });

  it("publishes once when two admins publish at the same moment", async () => {
    await aMatchIn(REGISTRATION);
    const outcomes = await Promise.allSettled([
      publishBracket(ADMIN, { tournamentId: REGISTRATION }),
      publishBracket(ADMIN, { tournamentId: REGISTRATION }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await outboxRows("tournament/bracket.published")).toHaveLength(1);
  });
});

describe("completeTournament", () => {
  const standings = [
    { teamId: GOLDEN, place: 1 },
    { teamId: CRIMSON, place: 2 },
    { teamId: OBSIDIAN, place: 3 },
    { teamId: AZURE, place: 4 },
  ];

  it("completes the tournament with its placements and sends tournament/completed", async () => {
    const result = await completeTournament(ADMIN, { tournamentId: ONGOING, placements: standings });

    expect(result).toMatchObject({ tournamentId: ONGOING, placementCount: 4 });
    expect(await tournamentRow(ONGOING)).toMatchObject({ status: "COMPLETED", completedAt: result.completedAt });
    const placements = await db.placement.findMany({
      where: { tournamentId: ONGOING },
      orderBy: { place: "asc" },
      select: { teamId: true, place: true },
    });
    expect(placements).toEqual(standings);
    await expectEventSent("tournament/completed", { tournamentId: ONGOING });
  });

  it("accepts only the paid places 1–3 of four registered teams", async () => {
    await completeTournament(ADMIN, { tournamentId: ONGOING, placements: standings.slice(0, 3) });
    expect(await db.placement.count({ where: { tournamentId: ONGOING } })).toBe(3);
  });

  it("refuses a completed or cancelled tournament and writes and sends nothing", async () => {
    const before = await tallyEvents();
    await expect(completeTournament(ADMIN, { tournamentId: COMPLETED, placements: standings })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Crown Cup — Season 1 is already completed. It cannot be completed.",
    });
    await db.tournament.update({ where: { id: ONGOING }, data: { status: "CANCELLED" } });
    await expect(completeTournament(ADMIN, { tournamentId: ONGOING, placements: standings })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was cancelled"),
    });
    expect(await db.placement.count({ where: { tournamentId: ONGOING } })).toBe(0);
    await expectNoNewEvents(before);
  });

  it("refuses places with gaps, a place given twice, or a team placed twice", async () => {
    const before = await tallyEvents();
    const [first, second] = [
      { teamId: GOLDEN, place: 1 },
      { teamId: CRIMSON, place: 2 },
    ];
    const gap = [first, second, { teamId: OBSIDIAN, place: 4 }];
    const placeTwice = [first, second, { teamId: OBSIDIAN, place: 2 }];
    const teamTwice = [first, second, { teamId: GOLDEN, place: 3 }];
    await expect(completeTournament(ADMIN, { tournamentId: ONGOING, placements: gap })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("no gaps"),
    });
    await expect(completeTournament(ADMIN, { tournamentId: ONGOING, placements: placeTwice })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(completeTournament(ADMIN, { tournamentId: ONGOING, placements: teamTwice })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Each team can take only one place.",
    });
    await expect(completeTournament(ADMIN, { tournamentId: ONGOING, placements: [] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter at least the winner.",
    });
    expect(await tournamentRow(ONGOING)).toMatchObject({ status: "ONGOING", completedAt: null });
    await expectNoNewEvents(before);
  });

  it("requires places 1–3 when at least three teams are registered", async () => {
    await expect(
      completeTournament(ADMIN, { tournamentId: ONGOING, placements: standings.slice(0, 2) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter at least places 1–3: 4 teams are registered for Nightfall Masters.",
    });
    expect((await tournamentRow(ONGOING)).status).toBe("ONGOING");
  });

  it("asks for one place per team when fewer than three teams are registered", async () => {
    await expect(
      completeTournament(ADMIN, { tournamentId: REGISTRATION, placements: [{ teamId: GOLDEN, place: 1 }] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("places 1–2") });
    await completeTournament(ADMIN, {
      tournamentId: REGISTRATION,
      placements: [
        { teamId: GOLDEN, place: 1 },
        { teamId: AZURE, place: 2 },
      ],
    });
    expect((await tournamentRow(REGISTRATION)).status).toBe("COMPLETED");
  });

  it("refuses a placed team that is not registered, naming it", async () => {
    await expect(
      completeTournament(ADMIN, {
        tournamentId: REGISTRATION,
        placements: [
          { teamId: GOLDEN, place: 1 },
          { teamId: CRIMSON, place: 2 },
        ],
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Crimson Vanguard is not registered for Rocket Rumble Open.",
    });
    expect(await db.placement.count({ where: { tournamentId: REGISTRATION } })).toBe(0);
  });

  it("refuses players and writes and sends nothing", async () => {
    const before = await tallyEvents();
    await expect(
      completeTournament(player("kenji"), { tournamentId: ONGOING, placements: standings }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await tournamentRow(ONGOING)).toMatchObject({ status: "ONGOING", completedAt: null });
    expect(await db.placement.count({ where: { tournamentId: ONGOING } })).toBe(0);
    await expectNoNewEvents(before);
  });

  it("completes once, with one set of placements, when two admins complete at the same moment", async () => {
    const reversed = standings.map((p, i) => ({ teamId: p.teamId, place: standings.length - i }));
    const outcomes = await Promise.allSettled([
      completeTournament(ADMIN, { tournamentId: ONGOING, placements: standings }),
      completeTournament(ADMIN, { tournamentId: ONGOING, placements: reversed }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.placement.count({ where: { tournamentId: ONGOING } })).toBe(4);
    expect(await outboxRows("tournament/completed")).toHaveLength(1);
  });
});

describe("registerTeam", () => {
  it("registers the captain's team and sends tournament/registration.created", async () => {
    const result = await registerTeam(player("alex"), { tournamentId: REGISTRATION, teamId: CRIMSON });

    const registration = await db.registration.findUniqueOrThrow({
      where: { tournamentId_teamId: { tournamentId: REGISTRATION, teamId: CRIMSON } },
    });
    expect(result).toEqual({ registrationId: registration.id, tournamentId: REGISTRATION, teamId: CRIMSON });
    await expectEventSent("tournament/registration.created", {
      registrationId: registration.id,
      tournamentId: REGISTRATION,
      teamId: CRIMSON,
    });
  });

  it("lets an admin register any team", async () => {
    await registerTeam(ADMIN, { tournamentId: REGISTRATION, teamId: OBSIDIAN });
    expect(await db.registration.count({ where: { tournamentId: REGISTRATION, teamId: OBSIDIAN } })).toBe(1);
  });

  it("refuses a member who is not the captain, and another team's captain, writing and sending nothing", async () => {
    const before = await tallyEvents();
    await expect(registerTeam(player("jamie"), { tournamentId: REGISTRATION, teamId: CRIMSON })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the captain of Crimson Vanguard or an admin can do this.",
    });
    await expect(registerTeam(player("lena"), { tournamentId: REGISTRATION, teamId: CRIMSON })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.registration.count({ where: { tournamentId: REGISTRATION, teamId: CRIMSON } })).toBe(0);
    await expectNoNewEvents(before);
  });

  it("refuses a team that is already registered", async () => {
    const before = await tallyEvents();
    await expect(registerTeam(player("lena"), { tournamentId: REGISTRATION, teamId: AZURE })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Azure Phantoms is already registered for Rocket Rumble Open.",
    });
    await expectNoNewEvents(before);
  });

  it("refuses tournaments that are not open for registration, or whose start time has passed", async () => {
    await db.registration.deleteMany({ where: { tournamentId: ONGOING, teamId: CRIMSON } });
    await expect(registerTeam(player("alex"), { tournamentId: ONGOING, teamId: CRIMSON })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Registration for Nightfall Masters is closed.",
    });
    const draft = await aDraftTournament();
    await expect(registerTeam(player("alex"), { tournamentId: draft.id, teamId: CRIMSON })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Registration for Winter Draft Cup has not opened yet.",
    });
    await db.tournament.update({ where: { id: REGISTRATION }, data: { startsAt: new Date(Date.now() - 60_000) } });
    await expect(registerTeam(player("alex"), { tournamentId: REGISTRATION, teamId: CRIMSON })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Registration for Rocket Rumble Open is closed.",
    });
    await db.tournament.update({ where: { id: REGISTRATION }, data: { startsAt: null } });
    await expect(registerTeam(player("alex"), { tournamentId: "nope", teamId: CRIMSON })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(registerTeam(player("alex"), { tournamentId: REGISTRATION, teamId: "" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Choose a team.",
    });
  });

  it("registers once when the same registration arrives twice at the same moment", async () => {
    const input = { tournamentId: REGISTRATION, teamId: CRIMSON };
    const outcomes = await Promise.allSettled([
      registerTeam(player("alex"), input),
      registerTeam(player("alex"), input),
      registerTeam(ADMIN, input),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected")
        expect(outcome.reason).toMatchObject({
          code: "CONFLICT",
          message: expect.stringContaining("already registered"),
        });
    }
    expect(await db.registration.count({ where: { tournamentId: REGISTRATION, teamId: CRIMSON } })).toBe(1);
    expect(await outboxRows("tournament/registration.created")).toHaveLength(1);
  });
});
