// The dashboard's new server actions through the real lib and database; only the signed-in user
// (Auth.js reads cookies) and Next's cache revalidation (needs a Next request) are stood in for.
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  ADMIN,
  expectNoNewEvents,
  outboxRows,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { requestJobRunAction, requestPayoutsAction } from "./actions";

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; role: "PLAYER" | "ADMIN" } }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (signedIn.user ? { user: { ...signedIn.user, name: null, email: null } } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const tournamentId = seedId.tournament("completed");

beforeEach(async () => {
  await resetDemoData();
  signedIn.user = null;
});

describe("admin dashboard actions", () => {
  it("refuse a signed-out visitor and a player, staging nothing", async () => {
    const before = await tallyEvents();

    expect(await requestPayoutsAction({ tournamentId })).toEqual({ ok: false, error: "Please sign in first." });
    signedIn.user = player("alex");
    expect(await requestPayoutsAction({ tournamentId })).toEqual({ ok: false, error: "Only admins can do this." });
    expect(await requestJobRunAction({ job: "recompute-rankings" })).toEqual({
      ok: false,
      error: "Only admins can do this.",
    });

    await expectNoNewEvents(before);
  });

  it("queue payouts and job runs for an admin", async () => {
    signedIn.user = ADMIN;

    const payouts = await requestPayoutsAction({ tournamentId });
    const rankings = await requestJobRunAction({ job: "recompute-rankings" });

    expect(payouts).toMatchObject({ ok: true, data: { tournamentId, isDelivered: true } });
    expect((await outboxRows("payouts/distribute.requested")).map((row) => row.data)).toEqual([
      { tournamentId, trigger: "MANUAL" },
    ]);
    expect(rankings).toMatchObject({ ok: true, data: { job: "recompute-rankings", pendingEvents: 0 } });
    expect((await outboxRows("rankings/recompute.requested")).map((row) => row.data)).toEqual([
      { tournamentId: null, trigger: "MANUAL" },
    ]);
  });
});
