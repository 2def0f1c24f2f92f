// Announcements on the demo world: preview, create, the send-announcement function's fan-out and the
// real notify function after it — chained the way Inngest chains them. Expected audiences are read
// from the tables directly, not from the code under test.
import { beforeEach, describe, expect, it } from "vitest";
import { notifyFunction } from "@/inngest/functions/notify";
import { sendAnnouncementFunction } from "@/inngest/functions/send-announcement";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  ADMIN,
  expectEventSent,
  expectNoNewEvents,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { sentEvents, type TSentEvent } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { createAnnouncement, type TCreateAnnouncementInput } from "./create-announcement";
import { ANNOUNCEMENT_PAGE_SIZE } from "./fan-out-announcement";
import { previewAnnouncementAudience } from "./preview-announcement-audience";

const NEWS = { title: "Season 2 sign-ups are open", body: "Register your team before Friday.", url: "/tournaments" };

beforeEach(async () => {
  await resetDemoData();
});

const sorted = (ids: string[]) => [...ids].sort();
const allUserIds = async () => sorted((await db.user.findMany({ select: { id: true } })).map((row) => row.id));
const teamMemberIds = async (teamId: string) =>
  sorted((await db.teamMembership.findMany({ where: { teamId }, select: { userId: true } })).map((row) => row.userId));
async function tournamentMemberIds(tournamentId: string): Promise<string[]> {
  const registrations = await db.registration.findMany({
    where: { tournamentId },
    select: { team: { select: { memberships: { select: { userId: true } } } } },
  });
  return sorted([
    ...new Set(
      registrations.flatMap((registration) => registration.team.memberships.map((membership) => membership.userId)),
    ),
  ]);
}

/** Alex (Crimson's captain) also plays for Azure: both are in Nightfall Masters, and he must count once. */
async function alexAlsoPlaysForAzure() {
  await db.teamMembership.create({ data: { teamId: seedId.team("azure"), userId: seedId.user("alex") } });
}

async function appErrorOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Creates the announcement, then runs send-announcement on the event Inngest received. */
async function createAndSend(input: TCreateAnnouncementInput) {
  const created = await createAnnouncement(ADMIN, input);
  const event = sentEvents().find(
    (sent) => sent.name === "announcement/created" && sent.data.announcementId === created.announcementId,
  );
  if (!event) throw new Error("announcement/created was not sent");
  const since = sentEvents().length;
  const run = await runInngestFunction(sendAnnouncementFunction, event);
  const requests = sentEvents()
    .slice(since)
    .filter((sent) => sent.name === "notification/requested");
  return { ...created, event, run, requests };
}

const recipientsOf = (requests: TSentEvent[]) => requests.flatMap((request) => request.data.recipientIds as string[]);

describe("previewing an audience", () => {
  it("counts every user (admins too), a team's members, and each member of a tournament's registered teams once", async () => {
    await alexAlsoPlaysForAzure();
    const everyone = await allUserIds();
    const crimson = await teamMemberIds(seedId.team("crimson"));
    const nightfall = await tournamentMemberIds(seedId.tournament("ongoing"));
    expect(everyone).toContain(ADMIN.id);

    expect(await previewAnnouncementAudience(ADMIN, { audience: "ALL" })).toEqual({
      recipientCount: everyone.length,
      label: `All players (${everyone.length})`,
    });
    expect(await previewAnnouncementAudience(ADMIN, { audience: "TEAM", targetId: seedId.team("crimson") })).toEqual({
      recipientCount: crimson.length,
      label: `Crimson Vanguard (${crimson.length} players)`,
    });
    expect(
      await previewAnnouncementAudience(ADMIN, { audience: "TOURNAMENT", targetId: seedId.tournament("ongoing") }),
    ).toEqual({
      recipientCount: nightfall.length,
      label: `Nightfall Masters teams (${nightfall.length} players)`,
    });
  });

  it("refuses a player, and an unknown team", async () => {
    expect(await appErrorOf(previewAnnouncementAudience(player("alex"), { audience: "ALL" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await appErrorOf(previewAnnouncementAudience(ADMIN, { audience: "TEAM", targetId: "no_such_team" })),
    ).toMatchObject({
      code: "NOT_FOUND",
      message: "That team does not exist.",
    });
  });
});

describe("creating an announcement", () => {
  it("writes the announcement with its audience's size and tells Inngest", async () => {
    const crimson = await teamMemberIds(seedId.team("crimson"));

    const result = await createAnnouncement(ADMIN, {
      ...NEWS,
      title: `  ${NEWS.title}  `,
      audience: "TEAM",
      targetId: seedId.team("crimson"),
    });

    expect(result.recipientCount).toBe(crimson.length);
    expect(await db.announcement.findUniqueOrThrow({ where: { id: result.announcementId } })).toMatchObject({
      ...NEWS,
      audience: "TEAM",
      targetId: seedId.team("crimson"),
      createdById: ADMIN.id,
      recipientCount: crimson.length,
      sentAt: null,
    });
    await expectEventSent("announcement/created", { announcementId: result.announcementId });
  });

  it("refuses a player: FORBIDDEN and nothing written", async () => {
    const before = await tallyEvents();
    expect(await appErrorOf(createAnnouncement(player("alex"), { ...NEWS, audience: "ALL" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.announcement.count()).toBe(0);
    await expectNoNewEvents(before);
  });

  it.each<[string, TCreateAnnouncementInput, string, string]>([
    ["a team audience without a team", { ...NEWS, audience: "TEAM" }, "INVALID_INPUT", "Choose a team."],
    [
      "a tournament audience with an empty target",
      { ...NEWS, audience: "TOURNAMENT", targetId: "  " },
      "INVALID_INPUT",
      "Choose a tournament.",
    ],
    [
      "a target for everyone",
      { ...NEWS, audience: "ALL", targetId: seedId.team("crimson") },
      "INVALID_INPUT",
      "An announcement to everyone has no team or tournament: leave it empty.",
    ],
    [
      "an unknown team",
      { ...NEWS, audience: "TEAM", targetId: "no_such_team" },
      "NOT_FOUND",
      "That team does not exist.",
    ],
    [
      "an unknown tournament",
      { ...NEWS, audience: "TOURNAMENT", targetId: "no_such_cup" },
      "NOT_FOUND",
      "That tournament does not exist.",
    ],
    [
      "a title over 200 characters",
      { ...NEWS, title: "x".repeat(201), audience: "ALL" },
      "INVALID_INPUT",
      "Keep the title to 200 characters or fewer.",
    ],
    ["a blank body", { ...NEWS, body: "   ", audience: "ALL" }, "INVALID_INPUT", "Enter the message."],
    [
      "a javascript: link",
      { ...NEWS, url: "javascript:alert(1)", audience: "ALL" },
      "INVALID_INPUT",
      "The link must be a path on this site (starting with /) or an https:// address.",
    ],
    [
      "a protocol-relative link",
      { ...NEWS, url: "//evil.test", audience: "ALL" },
      "INVALID_INPUT",
      "The link must be a path on this site (starting with /) or an https:// address.",
    ],
  ])("refuses %s with a clear message and writes nothing", async (_case, input, code, message) => {
    const before = await tallyEvents();
    expect(await appErrorOf(createAnnouncement(ADMIN, input))).toMatchObject({ code, message });
    expect(await db.announcement.count()).toBe(0);
    await expectNoNewEvents(before);
  });

  it("refuses an audience of nobody and writes nothing", async () => {
    const empty = await db.tournament.create({ data: { name: "Ghost Cup", slug: "ghost-cup", game: "Valorant" } });
    const before = await tallyEvents();

    const error = await appErrorOf(createAnnouncement(ADMIN, { ...NEWS, audience: "TOURNAMENT", targetId: empty.id }));

    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "Nobody is in that audience yet: no team with players is registered for Ghost Cup.",
    });
    expect(await previewAnnouncementAudience(ADMIN, { audience: "TOURNAMENT", targetId: empty.id })).toEqual({
      recipientCount: 0,
      label: "Ghost Cup teams (0 players)",
    });
    expect(await db.announcement.count()).toBe(0);
    await expectNoNewEvents(before);
  });

  it("keeps an https link and stores no link when none is given", async () => {
    const linked = await createAnnouncement(ADMIN, { ...NEWS, url: "https://deltacrown.gg/rules", audience: "ALL" });
    const bare = await createAnnouncement(ADMIN, {
      title: NEWS.title,
      body: NEWS.body,
      url: "",
      audience: "ALL",
      targetId: "",
    });
    expect((await db.announcement.findUniqueOrThrow({ where: { id: linked.announcementId } })).url).toBe(
      "https://deltacrown.gg/rules",
    );
    expect((await db.announcement.findUniqueOrThrow({ where: { id: bare.announcementId } })).url).toBeNull();
  });
});

describe("sending an announcement", () => {
  it("requests a notification for each member of the tournament's teams once, records the count, and notify gives each one announcement", async () => {
    await alexAlsoPlaysForAzure();
    const audience = await tournamentMemberIds(seedId.tournament("ongoing"));

    const { announcementId, run, requests } = await createAndSend({
      ...NEWS,
      audience: "TOURNAMENT",
      targetId: seedId.tournament("ongoing"),
    });

    expect(run.error).toBeUndefined();
    expect(run.result).toEqual({ recipientCount: audience.length, requests: 1, alreadySent: false });
    const recipients = recipientsOf(requests);
    expect(sorted(recipients)).toEqual(audience);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(requests).toEqual([
      expect.objectContaining({
        id: `announcement:${announcementId}:0.0`,
        data: expect.objectContaining({
          type: "announcement",
          ...NEWS,
          dedupKey: `announcement:${announcementId}`,
          teamId: null,
        }),
      }),
    ]);
    const announcement = await db.announcement.findUniqueOrThrow({ where: { id: announcementId } });
    expect(announcement.recipientCount).toBe(audience.length);
    expect(announcement.sentAt).toBeInstanceOf(Date);

    for (const request of requests) expect((await runInngestFunction(notifyFunction, request)).error).toBeUndefined();

    const notified = await db.notification.findMany({
      where: { dedupKey: `announcement:${announcementId}` },
      select: { userId: true, type: true, title: true },
    });
    expect(sorted(notified.map((row) => row.userId))).toEqual(audience);
    expect(new Set(notified.map((row) => `${row.type}|${row.title}`))).toEqual(new Set([`announcement|${NEWS.title}`]));
  });

  it("names the team in a team announcement's requests and reaches only its members", async () => {
    const { requests } = await createAndSend({ ...NEWS, audience: "TEAM", targetId: seedId.team("golden") });
    expect(requests.map((request) => request.data.teamId)).toEqual([seedId.team("golden")]);
    expect(sorted(recipientsOf(requests))).toEqual(await teamMemberIds(seedId.team("golden")));
  });

  it("records who was in the audience when it was sent, not when it was written", async () => {
    const { announcementId } = await createAnnouncement(ADMIN, {
      ...NEWS,
      audience: "TEAM",
      targetId: seedId.team("golden"),
    });
    await db.teamMembership.create({ data: { teamId: seedId.team("golden"), userId: seedId.user("zoe") } });

    const { result } = await runInngestFunction(sendAnnouncementFunction, {
      name: "announcement/created",
      data: { announcementId },
    });

    const golden = await teamMemberIds(seedId.team("golden"));
    expect(golden).toContain(seedId.user("zoe"));
    expect(result).toEqual({ recipientCount: golden.length, requests: 1, alreadySent: false });
    expect((await db.announcement.findUniqueOrThrow({ where: { id: announcementId } })).recipientCount).toBe(
      golden.length,
    );
  });

  it("sent twice (a retry or redelivery), it requests nothing more", async () => {
    const { event, recipientCount } = await createAndSend({ ...NEWS, audience: "ALL" });
    const { sentAt } = await db.announcement.findUniqueOrThrow({ where: { id: event.data.announcementId as string } });
    const before = await tallyEvents();

    const again = await runInngestFunction(sendAnnouncementFunction, event);

    expect(again.result).toEqual({ recipientCount, alreadySent: true });
    await expectNoNewEvents(before);
    expect(
      (await db.announcement.findUniqueOrThrow({ where: { id: event.data.announcementId as string } })).sentAt,
    ).toEqual(sentAt);
  });

  it("reads a large audience a page at a time and splits it into requests of at most 1,000 recipients, each user in exactly one", async () => {
    await db.$executeRaw`
      INSERT INTO "User" (id, name, email, "updatedAt")
      SELECT 'bulk_user_' || g, 'Bulk ' || g, 'bulk' || g || '@announce.test', now() FROM generate_series(1, ${ANNOUNCEMENT_PAGE_SIZE + 2_500}::int) AS g`;
    const everyone = await allUserIds();

    const { announcementId, requests, run } = await createAndSend({ ...NEWS, audience: "ALL" });

    const lastChunk = Math.ceil((everyone.length - ANNOUNCEMENT_PAGE_SIZE) / 1_000) - 1;
    expect(requests.map((request) => request.id)).toEqual([
      ...[0, 1, 2, 3, 4].map((chunk) => `announcement:${announcementId}:0.${chunk}`),
      ...Array.from({ length: lastChunk + 1 }, (_, chunk) => `announcement:${announcementId}:1.${chunk}`),
    ]);
    expect(requests.every((request) => (request.data.recipientIds as string[]).length <= 1_000)).toBe(true);
    expect(run.result).toEqual({ recipientCount: everyone.length, requests: requests.length, alreadySent: false });
    expect(new Set(requests.map((request) => request.data.dedupKey))).toEqual(
      new Set([`announcement:${announcementId}`]),
    );
    const recipients = recipientsOf(requests);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(sorted(recipients)).toEqual(everyone);
    expect((await db.announcement.findUniqueOrThrow({ where: { id: announcementId } })).recipientCount).toBe(
      everyone.length,
    );
  });

  it("ends the run without retrying when the announcement does not exist", async () => {
    const run = await runInngestFunction(sendAnnouncementFunction, {
      name: "announcement/created",
      data: { announcementId: "no_such_announcement" },
    });
    expect(run.error).toMatchObject({ name: "NonRetriableError" });
  });
});
