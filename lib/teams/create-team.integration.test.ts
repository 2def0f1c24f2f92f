import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN, expectNoNewEvents, player, resetDemoData, seedId, tallyEvents } from "@/test-support/domain-test-kit";
import { aUser } from "@/test-support/factories";
import { db } from "@/lib/db";
import { createTeam } from "./create-team";

const ZOE = seedId.user("zoe");

const teamBySlug = (slug: string) =>
  db.team.findUnique({
    where: { slug },
    select: { name: true, tag: true, captainId: true, memberships: { select: { userId: true, role: true } } },
  });

beforeEach(() => resetDemoData());

describe("createTeam", () => {
  it("makes the free agent the captain of a new team whose slug and tag come from its name, sending nothing", async () => {
    const before = await tallyEvents();
    const result = await createTeam(player("zoe"), { name: "  Zéphyr   Foxes " });

    expect(result).toMatchObject({ name: "Zéphyr Foxes", slug: "zephyr-foxes", tag: "ZF" });
    expect(await teamBySlug("zephyr-foxes")).toEqual({
      name: "Zéphyr Foxes",
      tag: "ZF",
      captainId: ZOE,
      memberships: [{ userId: ZOE, role: "CAPTAIN" }],
    });
    await expectNoNewEvents(before);
  });

  it("keeps the tag the player chose, in capitals", async () => {
    expect((await createTeam(player("zoe"), { name: "Zephyr Foxes", tag: " zfx " })).tag).toBe("ZFX");
  });

  it("refuses a player who is already on a team, captain or not, creating nothing", async () => {
    for (const who of ["alex", "jamie", "sofia"]) {
      await expect(createTeam(player(who), { name: `Team of ${who}` })).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("leave it before you create a team"),
      });
    }
    expect(await db.team.count()).toBe(4);
  });

  it("refuses a name another team has, whatever its case, and numbers a slug that is taken", async () => {
    await expect(createTeam(player("zoe"), { name: "crimson VANGUARD" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A team named crimson VANGUARD already exists. Choose another name.",
    });
    expect((await createTeam(player("zoe"), { name: "Crimson Vanguard!" })).slug).toBe("crimson-vanguard-2");
  });

  it("refuses bad names and tags with a message naming the problem", async () => {
    await expect(createTeam(player("zoe"), { name: "ab" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter a team name of 3 to 40 characters.",
    });
    await expect(createTeam(player("zoe"), { name: "!!! ???" })).rejects.toMatchObject({
      message: "Use letters or digits in the team name.",
    });
    await expect(createTeam(player("zoe"), { name: "Zephyr Foxes", tag: "Z-F" })).rejects.toMatchObject({
      message: "A tag is 2 to 5 letters or digits, like ZFX.",
    });
    expect(await db.team.count()).toBe(4);
  });

  it("creates one team when the same player submits twice at the same moment", async () => {
    const outcomes = await Promise.allSettled([
      createTeam(player("zoe"), { name: "Zephyr Foxes" }),
      createTeam(player("zoe"), { name: "Zephyr Hounds" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.team.count({ where: { captainId: ZOE } })).toBe(1);
  });

  it("lets an admin, or a brand-new player, who plays for no team create one", async () => {
    expect((await createTeam(ADMIN, { name: "Staff Picks" })).slug).toBe("staff-picks");
    expect((await teamBySlug("staff-picks"))?.captainId).toBe(ADMIN.id);
    const newcomer = await aUser();
    expect((await createTeam({ id: newcomer.id, role: "PLAYER" }, { name: "Staff Picks 2" })).slug).toBe(
      "staff-picks-2",
    );
  });
});
