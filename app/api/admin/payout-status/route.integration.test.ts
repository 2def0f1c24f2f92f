// GET /api/admin/payout-status through the real handler and database; only who is signed in is
// stood in for (Auth.js reads the request's cookies, which a plain Request in Vitest has not).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { GET } from "./route";

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; role: "PLAYER" | "ADMIN" } }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (signedIn.user ? { user: { ...signedIn.user, name: null, email: null } } : null),
}));

const statusOf = (query: string) => GET(new Request(`http://localhost/api/admin/payout-status${query}`));

beforeEach(async () => {
  await resetDemoData();
  signedIn.user = null;
});

describe("GET /api/admin/payout-status", () => {
  it("answers 401 signed out and 403 to a player", async () => {
    const query = `?tournamentId=${seedId.tournament("completed")}`;
    expect((await statusOf(query)).status).toBe(401);

    signedIn.user = player("alex");
    const response = await statusOf(query);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "FORBIDDEN", message: "Only admins can do this." });
  });

  it("answers an admin with the tournament's payout status, 400 without a tournament, 404 for an unknown one", async () => {
    signedIn.user = ADMIN;

    const response = await statusOf(`?tournamentId=${seedId.tournament("completed")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({
      tournamentId: seedId.tournament("completed"),
      state: "idle",
      ledger: { rows: [], totalCoins: 0 },
    });
    expect((await statusOf("")).status).toBe(400);
    expect((await statusOf("?tournamentId=nope")).status).toBe(404);
  });
});
