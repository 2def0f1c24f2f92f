// The tournaments an admin runs, with what each action needs: the registered teams (in ranking
// order, the default order for final placements), the scheduled matches (to post a result), the
// final placements and the prize table (for the payout confirmation). Under way first, then open
// for registration, completed, drafts, cancelled; newest first within each.
import { db } from "@/lib/db";
import type { TournamentStatus } from "@/lib/generated/prisma/enums";
import { describePayoutHold, getPayoutHoldState } from "@/lib/payouts/payout-hold";

const STATUS_ORDER: Record<TournamentStatus, number> = {
  ONGOING: 0,
  REGISTRATION: 1,
  COMPLETED: 2,
  DRAFT: 3,
  CANCELLED: 4,
};
const MAX_TOURNAMENTS = 30;

export type TAdminTeamRef = { id: string; name: string };
export type TAdminMatch = {
  id: string;
  round: number;
  scheduledAt: Date | null;
  teamA: TAdminTeamRef;
  teamB: TAdminTeamRef;
};
export type TAdminTournament = Awaited<ReturnType<typeof listAdminTournaments>>[number];

export async function listAdminTournaments(now = new Date()) {
  const rows = await db.tournament.findMany({
    orderBy: [{ startsAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: MAX_TOURNAMENTS,
    select: {
      id: true,
      name: true,
      slug: true,
      game: true,
      status: true,
      startsAt: true,
      completedAt: true,
      bracketPublishedAt: true,
      wrappedUpAt: true,
      payoutsFrozenAt: true,
      payoutsFrozenReason: true,
      prizes: true,
      registrations: { select: { team: { select: { id: true, name: true, rank: true } } } },
      matches: {
        where: { status: "SCHEDULED" },
        orderBy: [{ round: "asc" }, { scheduledAt: "asc" }],
        select: {
          id: true,
          round: true,
          scheduledAt: true,
          teamA: { select: { id: true, name: true } },
          teamB: { select: { id: true, name: true } },
        },
      },
      placements: { orderBy: { place: "asc" }, select: { place: true, team: { select: { id: true, name: true } } } },
      _count: { select: { matches: { where: { status: "COMPLETED" } }, payouts: true } },
    },
  });
  return rows
    .map(({ registrations, matches, _count, ...tournament }) => ({
      ...tournament,
      teams: registrations
        .map((registration) => registration.team)
        .sort(
          (a, b) =>
            (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name),
        )
        .map(({ id, name }): TAdminTeamRef => ({ id, name })),
      scheduledMatches: matches satisfies TAdminMatch[],
      completedMatchCount: _count.matches,
      ...payoutHoldView(tournament, _count.payouts > 0, now),
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/** The prize hold for the card: "Paying in 5 h" / "Frozen: <reason>" / "Due" / "Paid" (null before completion). */
function payoutHoldView(
  tournament: {
    status: TournamentStatus;
    completedAt: Date | null;
    payoutsFrozenAt: Date | null;
    payoutsFrozenReason: string | null;
  },
  isPaid: boolean,
  now: Date,
) {
  if (tournament.status !== "COMPLETED") return { payoutHold: null, payoutHoldLabel: null };
  const payoutHold = getPayoutHoldState({ ...tournament, isPaid }, now);
  return { payoutHold, payoutHoldLabel: describePayoutHold(payoutHold, now) };
}
