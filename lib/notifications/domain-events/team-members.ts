import type { DbClient } from "@/lib/db";

/** The user ids on a team's roster (captain included). */
export async function teamMemberIds(
  client: DbClient,
  teamId: string,
  except: (string | null)[] = [],
): Promise<string[]> {
  const members = await client.teamMembership.findMany({ where: { teamId }, select: { userId: true } });
  return members.map((member) => member.userId).filter((id) => !except.includes(id));
}
