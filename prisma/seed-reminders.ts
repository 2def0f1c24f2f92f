// A match that starts soon, so the demo shows a check-in reminder: in the ongoing tournament,
// Crimson Vanguard (Alex's team) vs Golden Tide, 45 minutes after the seed runs — 15 minutes before
// remind-match-start sends match_starting (MATCH_REMINDER_MINUTES, default 30). Its match/scheduled
// event goes in the outbox, so the relay hands it to Inngest and the real function reminds both
// rosters. Deterministic ids and skipDuplicates: a second run adds nothing and moves nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MatchStatus } from "@/lib/generated/prisma/enums";
import { matchScheduled } from "@/inngest/events";

export const SOON_MATCH_ID = "seed_match_ongoing_soon_crimson_golden";
/** Round 5: the round robin uses 1–3, and tests schedule their own matches in round 4. */
const SOON_MATCH_ROUND = 5;
const STARTS_IN_MS = 45 * 60_000;

export async function seedReminderMatch(db: PrismaClient, now: Date): Promise<{ total: number; count: number }> {
  const [tournament, teams] = await Promise.all([
    db.tournament.findUnique({ where: { slug: "nightfall-masters" }, select: { id: true } }),
    db.team.findMany({
      where: { slug: { in: ["crimson-vanguard", "golden-tide"] } },
      select: { id: true, slug: true },
    }),
  ]);
  const teamA = teams.find((team) => team.slug === "crimson-vanguard");
  const teamB = teams.find((team) => team.slug === "golden-tide");
  if (!tournament || !teamA || !teamB) return { total: 0, count: 0 };

  // On the minute, as an admin's datetime input would set it.
  const scheduledAt = new Date(Math.ceil((now.getTime() + STARTS_IN_MS) / 60_000) * 60_000);
  const match = await db.match.createMany({
    skipDuplicates: true,
    data: {
      id: SOON_MATCH_ID,
      tournamentId: tournament.id,
      round: SOON_MATCH_ROUND,
      teamAId: teamA.id,
      teamBId: teamB.id,
      scheduledAt,
      status: MatchStatus.SCHEDULED,
    },
  });
  if (match.count === 0) return { total: 2, count: 0 };
  const event = matchScheduled.create({
    matchId: SOON_MATCH_ID,
    tournamentId: tournament.id,
    scheduledAt: scheduledAt.toISOString(),
  });
  const outbox = await db.outboxEvent.createMany({
    skipDuplicates: true,
    data: { id: `seed_event_${SOON_MATCH_ID}`, name: event.name, data: event.data },
  });
  return { total: 2, count: match.count + outbox.count };
}
