// "Recompute rankings" on a tournament's card: the admin's request becomes the recompute-rankings
// run for that tournament's teams, through the outbox and the real Inngest function.
import { beforeEach, describe, expect, it } from "vitest";
import { recomputeRankingsFunction } from "@/inngest/functions/recompute-rankings";
import { db } from "@/lib/db";
import { ADMIN, expectNoNewEvents, player, resetDemoData, seedId, tallyEvents } from "@/test-support/domain-test-kit";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { requestTournamentRankings } from "./request-tournament-rankings";

const completed = seedId.tournament("completed");

beforeEach(async () => {
  await resetDemoData();
});

describe("recomputing one tournament's rankings from the dashboard", () => {
  it("asks Inngest for that tournament's recompute; the run ranks the teams and is recorded as MANUAL", async () => {
    expect(await db.team.count({ where: { rank: { not: null } } })).toBe(0);
    const result = await requestTournamentRankings(ADMIN, { tournamentId: completed });
    expect(result).toMatchObject({ tournamentId: completed, pendingEvents: 0 });

    const event = sentEvents().findLast((sent) => sent.name === "rankings/recompute.requested");
    expect(event?.data).toEqual({ tournamentId: completed, trigger: "MANUAL" });
    const { error } = await runInngestFunction(recomputeRankingsFunction, {
      id: event?.id ?? "",
      name: "rankings/recompute.requested",
      data: event?.data ?? {},
    });
    expect(error).toBeUndefined();
    expect(await db.team.count({ where: { rank: { not: null } } })).toBeGreaterThan(0);
    expect(await db.automationRun.findFirst({ where: { job: "recompute-rankings" } })).toMatchObject({
      trigger: "MANUAL",
      status: "SUCCEEDED",
    });
  });

  it("refuses players and unknown tournaments, staging nothing", async () => {
    const before = await tallyEvents();
    await expect(requestTournamentRankings(player("alex"), { tournamentId: completed })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(requestTournamentRankings(ADMIN, { tournamentId: "no-such-cup" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expectNoNewEvents(before);
  });
});
