// A player's active mutes (expired ones are ignored), with the names and links the settings page
// and the tournament/team pages show. Newest first.
import { db } from "@/lib/db";

export type TMuteView = {
  kind: "tournament" | "team";
  targetId: string;
  name: string;
  href: string;
  until: Date | null;
};

export async function listMutes(
  userId: string,
  filter: { tournamentId?: string; teamId?: string } = {},
  now = new Date(),
): Promise<TMuteView[]> {
  const rows = await db.notificationMute.findMany({
    where: { userId, ...filter, OR: [{ until: null }, { until: { gt: now } }] },
    select: {
      until: true,
      tournament: { select: { id: true, name: true, slug: true } },
      team: { select: { id: true, name: true, slug: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.flatMap((row): TMuteView[] => {
    if (row.tournament)
      return [
        {
          kind: "tournament",
          targetId: row.tournament.id,
          name: row.tournament.name,
          href: `/tournaments/${row.tournament.slug}`,
          until: row.until,
        },
      ];
    if (row.team)
      return [
        { kind: "team", targetId: row.team.id, name: row.team.name, href: `/teams/${row.team.slug}`, until: row.until },
      ];
    return [];
  });
}
