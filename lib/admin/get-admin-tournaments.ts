// The dashboard's Tournaments section: every tournament (under way first) with what its card's
// actions need, and each completed one's payout status. Admins only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { getPayoutStatuses } from "@/lib/payouts/get-payout-status";
import { listAdminTournaments } from "./list-admin-tournaments";

export type TAdminTournamentCard = Awaited<ReturnType<typeof getAdminTournaments>>[number];

export async function getAdminTournaments(actor: TActor) {
  assertAdmin(actor);
  const tournaments = await listAdminTournaments();
  const completed = tournaments.filter((tournament) => tournament.status === "COMPLETED");
  const payoutStatuses = new Map(
    (await getPayoutStatuses(completed.map((tournament) => tournament.id))).map(
      (status) => [status.tournamentId, status] as const,
    ),
  );
  return tournaments.map((tournament) => ({ ...tournament, payout: payoutStatuses.get(tournament.id) ?? null }));
}
