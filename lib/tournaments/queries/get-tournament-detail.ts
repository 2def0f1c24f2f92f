// The tournament page: status, game, dates, registered teams, matches by round, and — once it is
// completed — final placements with prizes and whether the payouts were made. A draft is visible to
// admins only; everyone else gets null (the page answers 404).
import { db } from "@/lib/db";
import { getPayoutLedger } from "@/lib/payouts/get-payout-ledger";

const TEAM = { select: { id: true, name: true, slug: true, tag: true } } as const;

export type TTournamentDetail = NonNullable<Awaited<ReturnType<typeof getTournamentDetail>>>;
export type TRound = TTournamentDetail["rounds"][number];

export async function getTournamentDetail(slug: string, { includeDrafts = false }: { includeDrafts?: boolean } = {}) {
  const tournament = await db.tournament.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      game: true,
      status: true,
      startsAt: true,
      completedAt: true,
      bracketPublishedAt: true,
      prizes: true,
      registrations: { orderBy: { createdAt: "asc" }, select: { createdAt: true, team: TEAM } },
      matches: {
        orderBy: [{ round: "asc" }, { scheduledAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          round: true,
          status: true,
          scheduledAt: true,
          completedAt: true,
          scoreA: true,
          scoreB: true,
          winnerId: true,
          teamA: TEAM,
          teamB: TEAM,
        },
      },
      placements: { orderBy: { place: "asc" }, select: { place: true, team: TEAM } },
    },
  });
  if (!tournament || (tournament.status === "DRAFT" && !includeDrafts)) return null;

  const rounds = new Map<number, typeof tournament.matches>();
  for (const match of tournament.matches) rounds.set(match.round, [...(rounds.get(match.round) ?? []), match]);

  const payouts = await getPayoutLedger(tournament.id);
  const payoutByPlace = new Map(payouts.places.map((place) => [place.place, place]));

  const { registrations, matches, placements, ...rest } = tournament;
  return {
    ...rest,
    teams: registrations.map((registration) => ({ ...registration.team, registeredAt: registration.createdAt })),
    matchCount: matches.length,
    rounds: [...rounds.entries()].map(([round, roundMatches]) => ({ round, matches: roundMatches })),
    placements: placements.map(({ place, team }) => {
      const payout = payoutByPlace.get(place);
      return {
        place,
        team,
        prize: payout?.prize ?? 0,
        paid: payout?.paid ? { amount: payout.paid.amount, paidAt: new Date(payout.paid.createdAt) } : null,
      };
    }),
    payouts,
  };
}
