// Which of some tournaments and teams a player has muted right now (an ended mute does not count):
// one query for a page of notifications, so each row's menu offers "Unmute" where it should.
import { db } from "@/lib/db";

export type TActiveMutes = { tournamentIds: ReadonlySet<string>; teamIds: ReadonlySet<string> };

export async function findActiveMutes(
  userId: string,
  { tournamentIds, teamIds }: { tournamentIds: string[]; teamIds: string[] },
  now = new Date(),
): Promise<TActiveMutes> {
  if (tournamentIds.length === 0 && teamIds.length === 0) return { tournamentIds: new Set(), teamIds: new Set() };
  const rows = await db.notificationMute.findMany({
    where: {
      userId,
      AND: [
        { OR: [{ until: null }, { until: { gt: now } }] },
        { OR: [{ tournamentId: { in: tournamentIds } }, { teamId: { in: teamIds } }] },
      ],
    },
    select: { tournamentId: true, teamId: true },
  });
  return {
    tournamentIds: new Set(rows.flatMap((row) => (row.tournamentId ? [row.tournamentId] : []))),
    teamIds: new Set(rows.flatMap((row) => (row.teamId ? [row.teamId] : []))),
  };
}
