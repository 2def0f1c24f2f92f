// The demo's prize hold: "Crown Cup — Winter Qualifier" completed an hour ago with its placements
// recorded, so its prizes are "Paying in 23 h" (with the default PRIZE_HOLD_HOURS) and the admin can
// freeze them over a dispute from the dashboard. Deterministic ids and createMany skipDuplicates:
// running it again adds nothing (and never undoes an admin's freeze).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TournamentStatus } from "@/lib/generated/prisma/enums";

export const PRIZE_HOLD_TOURNAMENT_SLUG = "crown-cup-winter-qualifier";
const TOURNAMENT_ID = "seed_tournament_prize_hold";
const HOUR = 3_600_000;

/** `teams`: the demo's four team ids, in the qualifier's final order (1st first). */
export async function seedPrizeHold(
  db: PrismaClient,
  now: Date,
  teams: readonly string[],
): Promise<{ total: number; count: number }> {
  const completedAt = new Date(now.getTime() - HOUR);
  const tournament = await db.tournament.createMany({
    skipDuplicates: true,
    data: [
      {
        id: TOURNAMENT_ID,
        name: "Crown Cup — Winter Qualifier",
        slug: PRIZE_HOLD_TOURNAMENT_SLUG,
        game: "Counter-Strike 2",
        status: TournamentStatus.COMPLETED,
        startsAt: new Date(now.getTime() - 6 * HOUR),
        bracketPublishedAt: new Date(now.getTime() - 30 * HOUR),
        completedAt,
        prizes: [2000, 1000, 500],
        createdAt: new Date(now.getTime() - 7 * 24 * HOUR),
      },
    ],
  });
  // A tournament another run created under the same slug keeps its own id.
  const { id } = await db.tournament.findUniqueOrThrow({
    where: { slug: PRIZE_HOLD_TOURNAMENT_SLUG },
    select: { id: true },
  });
  const registrations = await db.registration.createMany({
    skipDuplicates: true,
    data: teams.map((teamId, i) => ({
      id: `seed_registration_prize_hold_${i + 1}`,
      tournamentId: id,
      teamId,
      createdAt: new Date(now.getTime() - (5 * 24 - i) * HOUR),
    })),
  });
  const placements = await db.placement.createMany({
    skipDuplicates: true,
    data: teams.map((teamId, i) => ({
      id: `seed_placement_prize_hold_${i + 1}`,
      tournamentId: id,
      teamId,
      place: i + 1,
      createdAt: completedAt,
    })),
  });
  return {
    total: 1 + teams.length * 2,
    count: tournament.count + registrations.count + placements.count,
  };
}
