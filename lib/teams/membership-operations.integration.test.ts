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
import { createTeam } from "./create-team";
import { invitePlayer } from "./invite-player";
import { leaveTeam } from "./leave-team";
import { respondToInvite } from "./respond-to-invite";
import { transferCaptaincy } from "./transfer-captaincy";
import { withdrawInvite } from "./withdraw-invite";

const CRIMSON = seedId.team("crimson"); // alex (captain), jamie, priya
const OBSIDIAN = seedId.team("obsidian");
const ALEX = seedId.user("alex");
const JAMIE = seedId.user("jamie");
const FRESH_INVITE = "seed_invite_obsidian_zoe"; // zoe → Obsidian Owls, PENDING

const roleOn = async (teamId: string, userId: string) =>
  (await db.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } }))
    ?.role ?? null;
const captainOf = async (teamId: string) =>
  (await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { captainId: true } })).captainId;

beforeEach(() => resetDemoData());

describe("leaveTeam", () => {
  it("takes the player off the roster and sends team/roster.changed (removed) by the player", async () => {
    expect(await leaveTeam(player("jamie"), { teamId: CRIMSON })).toEqual({ teamId: CRIMSON, userId: JAMIE });
    expect(await roleOn(CRIMSON, JAMIE)).toBeNull();
    await expectEventSent("team/roster.changed", { teamId: CRIMSON, userId: JAMIE, change: "removed", actorId: JAMIE });
  });

  it("refuses the captain, who must hand over first, and a player who is not on the team", async () => {
    const before = await tallyEvents();
    await expect(leaveTeam(player("alex"), { teamId: CRIMSON })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You are the captain of Crimson Vanguard: hand the captaincy to another member before you leave.",
    });
    await expect(leaveTeam(player("zoe"), { teamId: CRIMSON })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "You are not on Crimson Vanguard.",
    });
    await expect(leaveTeam(player("zoe"), { teamId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOn(CRIMSON, ALEX)).toBe("CAPTAIN");
    await expectNoNewEvents(before);
  });

  it("lets the former captain leave once the captaincy is handed over", async () => {
    await transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: JAMIE });
    await leaveTeam(player("alex"), { teamId: CRIMSON });
    expect(await roleOn(CRIMSON, ALEX)).toBeNull();
    expect(await captainOf(CRIMSON)).toBe(JAMIE);
  });
});

describe("transferCaptaincy", () => {
  it("makes the member captain, the old captain a player, and sends team/roster.changed (captain)", async () => {
    expect(await transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: JAMIE })).toEqual({
      teamId: CRIMSON,
      captainId: JAMIE,
      previousCaptainId: ALEX,
    });
    expect(await captainOf(CRIMSON)).toBe(JAMIE);
    expect(await roleOn(CRIMSON, JAMIE)).toBe("CAPTAIN");
    expect(await roleOn(CRIMSON, ALEX)).toBe("PLAYER");
    await expectEventSent("team/roster.changed", { teamId: CRIMSON, userId: JAMIE, change: "captain", actorId: ALEX });
    // The new captain runs the team now; the old one does not.
    await expect(transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: ALEX })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses members who are not the captain, players off the roster, and the captain themself", async () => {
    const before = await tallyEvents();
    await expect(transferCaptaincy(player("priya"), { teamId: CRIMSON, userId: JAMIE })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: seedId.user("zoe") }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That player is not on Crimson Vanguard: only a member can be captain.",
    });
    await expect(transferCaptaincy(ADMIN, { teamId: CRIMSON, userId: ALEX })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await captainOf(CRIMSON)).toBe(ALEX);
    await expectNoNewEvents(before);
  });

  it("hands over once when two handovers race, leaving exactly one captain", async () => {
    const outcomes = await Promise.allSettled([
      transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: JAMIE }),
      transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: seedId.user("priya") }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.teamMembership.count({ where: { teamId: CRIMSON, role: "CAPTAIN" } })).toBe(1);
    expect(await outboxRows("team/roster.changed")).toHaveLength(1);
  });
});

describe("withdrawInvite", () => {
  it("cancels the pending invite and sends team/roster.changed (invite_withdrawn) for the invitee", async () => {
    const result = await withdrawInvite(player("olivia"), { inviteId: FRESH_INVITE });

    expect(result).toEqual({
      inviteId: FRESH_INVITE,
      teamId: OBSIDIAN,
      inviteeId: seedId.user("zoe"),
      status: "CANCELLED",
    });
    expect((await db.teamInvite.findUniqueOrThrow({ where: { id: FRESH_INVITE } })).status).toBe("CANCELLED");
    await expectEventSent("team/roster.changed", {
      teamId: OBSIDIAN,
      userId: seedId.user("zoe"),
      change: "invite_withdrawn",
      actorId: seedId.user("olivia"),
    });
  });

  it("refuses anyone but the team's captain or an admin, and an invite that is no longer pending", async () => {
    const before = await tallyEvents();
    for (const who of ["ravi", "zoe", "alex"]) {
      await expect(withdrawInvite(player(who), { inviteId: FRESH_INVITE })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await db.teamInvite.update({ where: { id: FRESH_INVITE }, data: { status: "DECLINED" } });
    await expect(withdrawInvite(ADMIN, { inviteId: FRESH_INVITE })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite to Obsidian Owls was already declined.",
    });
    await expect(withdrawInvite(ADMIN, { inviteId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectNoNewEvents(before);
  });
});

describe("one team per player", () => {
  it("a player on a team can be invited elsewhere but cannot join until they leave", async () => {
    const { inviteId } = await invitePlayer(player("olivia"), { teamId: OBSIDIAN, invitee: "jamie_okafor" });
    await expect(respondToInvite(player("jamie"), { inviteId, accept: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You already play for Crimson Vanguard: leave it before you join Obsidian Owls.",
    });
    expect((await db.teamInvite.findUniqueOrThrow({ where: { id: inviteId } })).status).toBe("PENDING");

    await leaveTeam(player("jamie"), { teamId: CRIMSON });
    await respondToInvite(player("jamie"), { inviteId, accept: true });
    expect(await roleOn(OBSIDIAN, JAMIE)).toBe("PLAYER");
  });

  it("a captain cannot add a player who plays for another team", async () => {
    await expect(addMember(player("olivia"), { teamId: OBSIDIAN, userId: JAMIE })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Jamie Okafor already plays for Crimson Vanguard.",
    });
    expect(await roleOn(OBSIDIAN, JAMIE)).toBeNull();
  });

  it("the free agent who created a team can no longer accept the invite she had", async () => {
    await createTeam(player("zoe"), { name: "Zephyr Foxes" });
    await expect(respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You already play for Zephyr Foxes: leave it before you join Obsidian Owls.",
    });
    // Declining needs no free hands.
    expect((await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: false })).status).toBe("DECLINED");
  });
});
