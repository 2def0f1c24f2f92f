// What a tournament's prizes have paid, read from the ledger itself: distribute-payouts writes one
// CoinTransaction per paid place, with the tournament's id (lib/payouts/distribute-payouts.ts), so
// the rows that exist are the truth — not a flag that could disagree with them. The tournament page
// shows it to everyone; the payout status (lib/payouts/get-payout-status.ts) carries it for admins.
import { db, type DbClient } from "@/lib/db";
import { payoutPlacesByKey } from "./payout-keys";
import { PAID_PLACES, prizeFor } from "./places";

export type TLedgerRow = { place: number; amount: number; userId: string; createdAt: string };
export type TPlacePayout = { place: number; prize: number; paid: TLedgerRow | null };

export type TPayoutLedger = {
  tournamentId: string;
  /** paid: every prize place has its row; partial: some; pending: none yet; none: nothing to pay (not completed, or no prizes). */
  state: "paid" | "partial" | "pending" | "none";
  /** Each placed place that wins a prize, with its prize and the row that paid it. */
  places: TPlacePayout[];
  /** Every payout row of the tournament on the ledger, by place. */
  rows: TLedgerRow[];
  totalCoins: number;
};

export async function getPayoutLedger(tournamentId: string, client: DbClient = db): Promise<TPayoutLedger> {
  const [ledger] = await getPayoutLedgers([tournamentId], client);
  if (!ledger) throw new Error("unreachable: one ledger per tournament");
  return ledger;
}

/** The ledger of each tournament, in the order given, in two queries (an unknown id reads as "none"). */
export async function getPayoutLedgers(tournamentIds: string[], client: DbClient = db): Promise<TPayoutLedger[]> {
  if (tournamentIds.length === 0) return [];
  const [tournaments, payoutRows] = await Promise.all([
    client.tournament.findMany({
      where: { id: { in: tournamentIds } },
      select: {
        id: true,
        status: true,
        prizes: true,
        placements: { where: { place: { lte: PAID_PLACES } }, select: { place: true } },
      },
    }),
    client.coinTransaction.findMany({
      where: { tournamentId: { in: tournamentIds }, type: "TOURNAMENT_PAYOUT" },
      select: { tournamentId: true, dedupKey: true, amount: true, userId: true, createdAt: true },
    }),
  ]);
  const byId = new Map(tournaments.map((tournament) => [tournament.id, tournament]));

  return tournamentIds.map((tournamentId): TPayoutLedger => {
    const tournament = byId.get(tournamentId);
    const placeOf = payoutPlacesByKey(tournamentId);
    const rows = payoutRows
      .filter((row) => row.tournamentId === tournamentId)
      .flatMap((row) => {
        const place = placeOf.get(row.dedupKey);
        return place ? [{ place, amount: row.amount, userId: row.userId, createdAt: row.createdAt.toISOString() }] : [];
      })
      .sort((a, b) => a.place - b.place);
    const prizes = tournament?.prizes ?? [];
    const places = (tournament?.placements ?? [])
      .map((placement) => placement.place)
      .filter((place) => prizeFor(prizes, place) > 0)
      .sort((a, b) => a - b)
      .map((place) => ({
        place,
        prize: prizeFor(prizes, place),
        paid: rows.find((row) => row.place === place) ?? null,
      }));
    const paidCount = places.filter((place) => place.paid).length;
    const isDue = tournament?.status === "COMPLETED" && places.length > 0;
    const state = !isDue
      ? paidCount > 0
        ? "partial"
        : "none"
      : paidCount === places.length
        ? "paid"
        : paidCount > 0
          ? "partial"
          : "pending";
    return { tournamentId, state, places, rows, totalCoins: rows.reduce((sum, row) => sum + row.amount, 0) };
  });
}
