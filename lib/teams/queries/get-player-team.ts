// The team a player is on (a player plays for one team at a time, create-team.ts), and whether they
// captain it: the /teams page and the tournament page's registration panel start from it.
import { db } from "@/lib/db";

export type TPlayerTeam = { id: string; name: string; slug: string; tag: string; isCaptain: boolean };

export async function getPlayerTeam(userId: string): Promise<TPlayerTeam | null> {
  const membership = await db.teamMembership.findFirst({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: { team: { select: { id: true, name: true, slug: true, tag: true, captainId: true } } },
  });
  if (!membership) return null;
  const { captainId, ...team } = membership.team;
  return { ...team, isCaptain: captainId === userId };
}
