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
import { withdrawRegistration } from "./withdraw-registration";

const REGISTRATION = seedId.tournament("registration"); // Rocket Rumble Open: Azure and Golden registered
const ONGOING = seedId.tournament("ongoing");
const AZURE = seedId.team("azure");

const isRegistered = async (tournamentId: string, teamId: string) =>
  (await db.registration.count({ where: { tournamentId, teamId } })) === 1;

beforeEach(() => resetDemoData());

describe("withdrawRegistration", () => {
  it("deletes the captain's registration and sends tournament/registration.withdrawn", async () => {
    const result = await withdrawRegistration(player("lena"), { tournamentId: REGISTRATION, teamId: AZURE });

    expect(result).toEqual({ tournamentId: REGISTRATION, teamId: AZURE });
    expect(await isRegistered(REGISTRATION, AZURE)).toBe(false);
    expect(await isRegistered(REGISTRATION, seedId.team("golden"))).toBe(true);
    await expectEventSent("tournament/registration.withdrawn", {
      tournamentId: REGISTRATION,
      teamId: AZURE,
      actorId: seedId.user("lena"),
    });
  });

  it("lets an admin withdraw any team", async () => {
    await withdrawRegistration(ADMIN, { tournamentId: REGISTRATION, teamId: AZURE });
    expect(await isRegistered(REGISTRATION, AZURE)).toBe(false);
  });

  it("refuses a member who is not the captain, and another team's captain, writing and sending nothing", async () => {
    const before = await tallyEvents();
    for (const who of ["mateo", "alex"]) {
      await expect(
        withdrawRegistration(player(who), { tournamentId: REGISTRATION, teamId: AZURE }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await isRegistered(REGISTRATION, AZURE)).toBe(true);
    await expectNoNewEvents(before);
  });

  it("refuses once the tournament is under way, or its start time has passed", async () => {
    const before = await tallyEvents();
    await expect(
      withdrawRegistration(player("alex"), { tournamentId: ONGOING, teamId: seedId.team("crimson") }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Nightfall Masters is under way. Registrations can only be withdrawn before it starts.",
    });
    await db.tournament.update({ where: { id: REGISTRATION }, data: { startsAt: new Date(Date.now() - 60_000) } });
    await expect(
      withdrawRegistration(player("lena"), { tournamentId: REGISTRATION, teamId: AZURE }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Rocket Rumble Open has started. Registrations can only be withdrawn before it starts.",
    });
    expect(await isRegistered(REGISTRATION, AZURE)).toBe(true);
    await expectNoNewEvents(before);
  });

  it("says so when the team is not registered, and withdraws once when asked twice at the same moment", async () => {
    await expect(
      withdrawRegistration(player("alex"), { tournamentId: REGISTRATION, teamId: seedId.team("crimson") }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Crimson Vanguard is not registered for Rocket Rumble Open.",
    });

    const input = { tournamentId: REGISTRATION, teamId: AZURE };
    const outcomes = await Promise.allSettled([
      withdrawRegistration(player("lena"), input),
      withdrawRegistration(ADMIN, input),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await outboxRows("tournament/registration.withdrawn")).toHaveLength(1);
  });
});
