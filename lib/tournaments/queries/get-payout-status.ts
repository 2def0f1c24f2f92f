// Whether a tournament's prizes were paid: the payout job writes one ledger row per paid place with
// dedupKey `payout:<tournamentId>:<place>` (lib/payouts/distribute-payouts.ts), so the rows that
// exist are the truth — not a flag that could disagree with the ledger.
import { db, type DbClient } from "@/lib/db";
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

/** Places 1–3 are paid (distribute-payouts), each with its prize from the tournament's table. */
const PAID_PLACES = 3;

export type TPlacePayout = { place: number; prize: number; paid: { amount: number; paidAt: Date } | null };

export type TPayoutStatus = {
  /** paid: every prize place has its row; partial: some; pending: none yet; none: nothing to pay (not completed, or no prizes). */
  state: "paid" | "partial" | "pending" | "none";
  places: TPlacePayout[];
  totalPaid: number;
};

export const payoutDedupKey = (tournamentId: string, place: number) => `payout:${tournamentId}:${place}`;

export async function getPayoutStatus(
  tournament: { id: string; status: TournamentStatus; prizes: number[] },
  placedPlaces: number[],
  client: DbClient = db,
): Promise<TPayoutStatus> {
  const prizePlaces = placedPlaces
    .filter((place) => place >= 1 && place <= PAID_PLACES && (tournament.prizes[place - 1] ?? 0) > 0)
    .sort((a, b) => a - b);
  const rows = prizePlaces.length
    ? await client.coinTransaction.findMany({
        where: { dedupKey: { in: prizePlaces.map((place) => payoutDedupKey(tournament.id, place)) } },
        select: { dedupKey: true, amount: true, createdAt: true },
      })
    : [];
  const byKey = new Map(rows.map((row) => [row.dedupKey, row]));
  const places = prizePlaces.map((place) => {
    const row = byKey.get(payoutDedupKey(tournament.id, place));
    return { place, prize: tournament.prizes[place - 1] ?? 0, paid: row ? { amount: row.amount, paidAt: row.createdAt } : null };
  });
  const paidCount = places.filter((place) => place.paid).length;
  const state =
    tournament.status !== "COMPLETED" || places.length === 0 ? (paidCount > 0 ? "partial" : "none") : paidCount === places.length ? "paid" : paidCount > 0 ? "partial" : "pending";
  return { state, places, totalPaid: places.reduce((sum, place) => sum + (place.paid?.amount ?? 0), 0) };
}
