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
import { addMember } from "./add-member";
import { invitePlayer } from "./invite-player";
import { removeMember } from "./remove-member";
import { respondToInvite } from "./respond-to-invite";

const CRIMSON = seedId.team("crimson");
const OBSIDIAN = seedId.team("obsidian");
const ZOE = seedId.user("zoe");
const SOFIA = seedId.user("sofia");
const JAMIE = seedId.user("jamie");
const FRESH_INVITE = "seed_invite_obsidian_zoe"; // zoe → Obsidian Owls, sent a day ago
const STALE_INVITE = "seed_invite_crimson_sofia"; // sofia → Crimson Vanguard, past its expiry, still PENDING
const WEEK = 7 * 24 * 60 * 60 * 1000;

const invitesOf = (teamId: string, inviteeId: string) =>
  db.teamInvite.findMany({
    where: { teamId, inviteeId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, createdAt: true, expiresAt: true, invitedById: true, respondedAt: true },
  });
const membership = (teamId: string, userId: string) =>
  db.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } });

beforeEach(() => resetDemoData());

describe("invitePlayer", () => {
  it("invites by email: a PENDING invite that expires 7 days after it was sent, and team/invite.sent", async () => {
    const result = await invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "zoe@deltacrown.test" });

    const [invite] = await invitesOf(CRIMSON, ZOE);
    expect(invite).toMatchObject({ id: result.inviteId, status: "PENDING", invitedById: seedId.user("alex") });
    expect(invite && invite.expiresAt.getTime() - invite.createdAt.getTime()).toBe(WEEK);
    await expectEventSent("team/invite.sent", {
      inviteId: result.inviteId,
      teamId: CRIMSON,
      inviteeId: ZOE,
      invitedById: seedId.user("alex"),
    });
  });

  it("invites by username, ignoring case and a leading @", async () => {
    const result = await invitePlayer(player("alex"), { teamId: CRIMSON, invitee: " @Zoe_Martin " });
    expect(result.inviteeId).toBe(ZOE);
  });

  it("lets an admin invite to any team", async () => {
    await invitePlayer(ADMIN, { teamId: CRIMSON, invitee: "zoe_martin" });
    expect(await invitesOf(CRIMSON, ZOE)).toHaveLength(1);
  });

  it("refuses a member who is not the captain, and another team's captain, writing and sending nothing", async () => {
    const before = await tallyEvents();
    await expect(invitePlayer(player("jamie"), { teamId: CRIMSON, invitee: "zoe_martin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(invitePlayer(player("olivia"), { teamId: CRIMSON, invitee: "zoe_martin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await invitesOf(CRIMSON, ZOE)).toHaveLength(0);
    await expectNoNewEvents(before);
  });

  it("says so when nobody has that email or username", async () => {
    await expect(
      invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "ghost@nowhere.test" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No player has the email or username "ghost@nowhere.test".',
    });
    await expect(invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "   " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter the player's email or username.",
    });
  });

  it.each([
    "%",
    "_",
    "\\",
    "%@%",
    "zoe%",
    "zoe\\_martin",
    "z_e_martin",
    "%@deltacrown.test",
    "zoe@%",
    "____@deltacrown.test",
    "Z%",
  ])("matches %j literally, never as a pattern: nobody is found or invited", async (invitee) => {
    await expect(invitePlayer(player("alex"), { teamId: CRIMSON, invitee })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await db.teamInvite.count({
        where: { teamId: CRIMSON, status: "PENDING", createdAt: { gt: new Date(Date.now() - 60_000) } },
      }),
    ).toBe(0);
  });

  it("matches emails case-insensitively, exactly", async () => {
    const result = await invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "ZOE@DeltaCrown.Test" });
    expect(result.inviteeId).toBe(ZOE);
  });

  it("keeps emails and usernames unique whatever their case", async () => {
    await expect(db.user.create({ data: { email: "Zoe@DeltaCrown.test" } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.user.create({ data: { username: "ZOE_MARTIN" } })).rejects.toMatchObject({ code: "P2002" });
    // Prisma's own equality on the citext columns is case-insensitive too (Auth.js finds users this way).
    expect((await db.user.findUnique({ where: { email: "ZOE@deltacrown.TEST" }, select: { id: true } }))?.id).toBe(ZOE);
  });

  it("refuses inviting yourself or someone already on the team", async () => {
    await expect(invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "alex_carter" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "You cannot invite yourself.",
    });
    await expect(
      invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "jamie@deltacrown.test" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Jamie Okafor is already on Crimson Vanguard.",
    });
    expect(
      await db.teamInvite.count({ where: { teamId: CRIMSON, inviteeId: { in: [seedId.user("alex"), JAMIE] } } }),
    ).toBe(0);
  });

  it("refuses a second invite while one is pending and unexpired", async () => {
    const before = await tallyEvents();
    await expect(invitePlayer(player("olivia"), { teamId: OBSIDIAN, invitee: "zoe_martin" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Zoe Martin already has a pending invite to Obsidian Owls.",
    });
    expect(await invitesOf(OBSIDIAN, ZOE)).toHaveLength(1);
    await expectNoNewEvents(before);
  });

  it("marks a pending invite past its expiry EXPIRED and sends a new one", async () => {
    const result = await invitePlayer(player("alex"), { teamId: CRIMSON, invitee: "sofia_lindqvist" });
    const invites = await invitesOf(CRIMSON, SOFIA);
    expect(invites.map((invite) => [invite.id, invite.status])).toEqual([
      [STALE_INVITE, "EXPIRED"],
      [result.inviteId, "PENDING"],
    ]);
  });

  it("creates one invite when the same invite is sent twice at the same moment", async () => {
    const input = { teamId: CRIMSON, invitee: "zoe_martin" };
    const outcomes = await Promise.allSettled([
      invitePlayer(player("alex"), input),
      invitePlayer(player("alex"), input),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("pending invite"),
    });
    expect(await invitesOf(CRIMSON, ZOE)).toHaveLength(1);
    expect(await outboxRows("team/invite.sent")).toHaveLength(1);
  });
});

describe("respondToInvite", () => {
  it("accepting joins the team as a player and sends team/invite.accepted and team/roster.changed", async () => {
    const result = await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true });

    expect(result).toEqual({ inviteId: FRESH_INVITE, teamId: OBSIDIAN, teamSlug: "obsidian-owls", status: "ACCEPTED" });
    const [invite] = await invitesOf(OBSIDIAN, ZOE);
    expect(invite?.status).toBe("ACCEPTED");
    expect(invite?.respondedAt).toBeInstanceOf(Date);
    expect(await membership(OBSIDIAN, ZOE)).toEqual({ role: "PLAYER" });
    await expectEventSent("team/invite.accepted", { inviteId: FRESH_INVITE, teamId: OBSIDIAN, userId: ZOE });
    await expectEventSent("team/roster.changed", { teamId: OBSIDIAN, userId: ZOE, change: "added", actorId: ZOE });
  });

  it("declining records the answer, adds nobody and sends nothing", async () => {
    const before = await tallyEvents();
    const result = await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: false });

    expect(result.status).toBe("DECLINED");
    expect((await invitesOf(OBSIDIAN, ZOE))[0]).toMatchObject({ status: "DECLINED", respondedAt: expect.any(Date) });
    expect(await membership(OBSIDIAN, ZOE)).toBeNull();
    await expectNoNewEvents(before);
  });

  it("only the invited player can answer — not the captain, not an admin", async () => {
    const before = await tallyEvents();
    await expect(respondToInvite(player("olivia"), { inviteId: FRESH_INVITE, accept: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the invited player can answer this invite.",
    });
    await expect(respondToInvite(ADMIN, { inviteId: FRESH_INVITE, accept: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await invitesOf(OBSIDIAN, ZOE))[0]?.status).toBe("PENDING");
    expect(await membership(OBSIDIAN, ZOE)).toBeNull();
    await expectNoNewEvents(before);
  });

  it("marks an invite past its expiry EXPIRED and refuses the answer with a clear message", async () => {
    const before = await tallyEvents();
    await expect(respondToInvite(player("sofia"), { inviteId: STALE_INVITE, accept: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite to Crimson Vanguard has expired. Ask the captain to invite you again.",
    });
    expect((await invitesOf(CRIMSON, SOFIA))[0]).toMatchObject({ status: "EXPIRED", respondedAt: null });
    expect(await membership(CRIMSON, SOFIA)).toBeNull();
    await expectNoNewEvents(before);
  });

  it("refuses an invite that was already answered, and an unknown invite", async () => {
    await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: false });
    await expect(respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite to Obsidian Owls was already declined.",
    });
    await expect(respondToInvite(player("zoe"), { inviteId: "nope", accept: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await membership(OBSIDIAN, ZOE)).toBeNull();
  });

  it("joins once when the invite is accepted twice at the same moment", async () => {
    const outcomes = await Promise.allSettled([
      respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true }),
      respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.teamMembership.count({ where: { teamId: OBSIDIAN, userId: ZOE } })).toBe(1);
    expect(await outboxRows("team/invite.accepted")).toHaveLength(1);
    expect(await outboxRows("team/roster.changed")).toHaveLength(1);
  });
});

describe("addMember", () => {
  it("adds a substitute, withdraws their pending invite, and sends team/roster.changed (added) with the actor", async () => {
    const result = await addMember(player("olivia"), { teamId: OBSIDIAN, userId: ZOE, role: "SUBSTITUTE" });

    expect(result).toMatchObject({ teamId: OBSIDIAN, userId: ZOE, role: "SUBSTITUTE" });
    expect(await membership(OBSIDIAN, ZOE)).toEqual({ role: "SUBSTITUTE" });
    expect((await invitesOf(OBSIDIAN, ZOE))[0]?.status).toBe("CANCELLED");
    await expectEventSent("team/roster.changed", {
      teamId: OBSIDIAN,
      userId: ZOE,
      change: "added",
      actorId: seedId.user("olivia"),
    });
  });

  it("adds as a player when no role is given; an admin may add to any team", async () => {
    await addMember(ADMIN, { teamId: CRIMSON, userId: ZOE });
    expect(await membership(CRIMSON, ZOE)).toEqual({ role: "PLAYER" });
    await expectEventSent("team/roster.changed", { teamId: CRIMSON, userId: ZOE, change: "added", actorId: ADMIN.id });
  });

  it("refuses anyone but the captain or an admin, writing and sending nothing", async () => {
    const before = await tallyEvents();
    await expect(addMember(player("jamie"), { teamId: CRIMSON, userId: ZOE })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(addMember(player("zoe"), { teamId: CRIMSON, userId: ZOE })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await membership(CRIMSON, ZOE)).toBeNull();
    await expectNoNewEvents(before);
  });

  it("refuses an existing member, an unknown player and a role other than player or substitute", async () => {
    await expect(addMember(player("alex"), { teamId: CRIMSON, userId: JAMIE })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Jamie Okafor is already on Crimson Vanguard.",
    });
    await expect(addMember(player("alex"), { teamId: CRIMSON, userId: "nobody" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const captain = { teamId: CRIMSON, userId: ZOE, role: "CAPTAIN" } as unknown as Parameters<typeof addMember>[1];
    await expect(addMember(player("alex"), captain)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "A new member is a player or a substitute.",
    });
    expect(await membership(CRIMSON, ZOE)).toBeNull();
    expect(await membership(CRIMSON, JAMIE)).toEqual({ role: "PLAYER" });
  });

  it("adds once when the same player is added twice at the same moment", async () => {
    const outcomes = await Promise.allSettled([
      addMember(player("alex"), { teamId: CRIMSON, userId: ZOE }),
      addMember(ADMIN, { teamId: CRIMSON, userId: ZOE }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already on"),
    });
    expect(await db.teamMembership.count({ where: { teamId: CRIMSON, userId: ZOE } })).toBe(1);
    expect(await outboxRows("team/roster.changed")).toHaveLength(1);
  });
});

describe("removeMember", () => {
  it("removes the member and sends team/roster.changed (removed) with the actor", async () => {
    expect(await removeMember(player("alex"), { teamId: CRIMSON, userId: JAMIE })).toEqual({
      teamId: CRIMSON,
      userId: JAMIE,
    });
    expect(await membership(CRIMSON, JAMIE)).toBeNull();
    await expectEventSent("team/roster.changed", {
      teamId: CRIMSON,
      userId: JAMIE,
      change: "removed",
      actorId: seedId.user("alex"),
    });
  });

  it("cannot remove the captain", async () => {
    const before = await tallyEvents();
    await expect(removeMember(ADMIN, { teamId: CRIMSON, userId: seedId.user("alex") })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The captain cannot be removed from Crimson Vanguard.",
    });
    expect(await membership(CRIMSON, seedId.user("alex"))).toEqual({ role: "CAPTAIN" });
    await expectNoNewEvents(before);
  });

  it("refuses a member who is not the captain (even removing someone else), writing and sending nothing", async () => {
    const before = await tallyEvents();
    await expect(removeMember(player("priya"), { teamId: CRIMSON, userId: JAMIE })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await membership(CRIMSON, JAMIE)).toEqual({ role: "PLAYER" });
    await expectNoNewEvents(before);
  });

  it("answers NOT_FOUND for a player who is not on the team, and removes once under concurrent requests", async () => {
    await expect(removeMember(player("alex"), { teamId: CRIMSON, userId: ZOE })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That player is not on Crimson Vanguard.",
    });
    const outcomes = await Promise.allSettled([
      removeMember(player("alex"), { teamId: CRIMSON, userId: JAMIE }),
      removeMember(ADMIN, { teamId: CRIMSON, userId: JAMIE }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await outboxRows("team/roster.changed")).toHaveLength(1);
  });
});
