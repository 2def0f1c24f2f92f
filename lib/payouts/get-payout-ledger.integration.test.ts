import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { getPayoutLedger, getPayoutLedgers } from "./get-payout-ledger";
import { payoutLedgerKey } from "./payout-keys";

const COMPLETED = seedId.tournament("completed");

beforeEach(() => resetDemoData());

/** A payout row as distribute-payouts writes it: keyed by place, naming its tournament. */
const payoutRow = (tournamentId: string, place: number, amount: number) =>
  db.coinTransaction.create({
    data: {
      userId: seedId.user("alex"),
      amount,
      type: "TOURNAMENT_PAYOUT",
      dedupKey: payoutLedgerKey(tournamentId, place),
      tournamentId,
    },
  });

describe("getPayoutLedger", () => {
  it("reads the ledger: partly paid when only some places have their row", async () => {
    await payoutRow(COMPLETED, 1, 1000);

    const status = await getPayoutLedger(COMPLETED);

    expect(status.state).toBe("partial");
    expect(status.places.map((place) => [place.place, place.prize, place.paid?.amount ?? null])).toEqual([
      [1, 1000, 1000],
      [2, 500, null],
      [3, 250, null],
    ]);
    expect(status).toMatchObject({ rows: [{ place: 1, amount: 1000, userId: seedId.user("alex") }], totalCoins: 1000 });
  });

  it("has nothing to pay for a place without a prize", async () => {
    await db.tournament.update({ where: { id: COMPLETED }, data: { prizes: [0, 0, 0] } });

    const status = await getPayoutLedger(COMPLETED);

    expect(status).toEqual({ tournamentId: COMPLETED, state: "none", places: [], rows: [], totalCoins: 0 });
  });

  it("keeps each tournament's rows apart and reads an unknown tournament as nothing to pay", async () => {
    const ongoing = seedId.tournament("ongoing");
    await payoutRow(COMPLETED, 2, 500);
    await db.coinTransaction.create({
      data: { userId: seedId.user("alex"), amount: 40, type: "ADJUSTMENT", dedupKey: "adjustment:1" },
    });

    const [completed, other, unknown] = await getPayoutLedgers([COMPLETED, ongoing, "no-such-tournament"]);

    expect(completed).toMatchObject({ state: "partial", totalCoins: 500, rows: [{ place: 2, amount: 500 }] });
    expect(other).toEqual({ tournamentId: ongoing, state: "none", places: [], rows: [], totalCoins: 0 });
    expect(unknown).toEqual({ tournamentId: "no-such-tournament", state: "none", places: [], rows: [], totalCoins: 0 });
  });
});
