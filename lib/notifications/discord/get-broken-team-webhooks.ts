// Team webhooks Discord said are gone (marked by mark-team-webhook-broken.ts), with when and the
// last error Discord gave for a post to them: for the admin's delivery health (every broken one) and
// the captain's team page (their own). Two queries, by the Team and DiscordPost teamId indexes.
import { db } from "@/lib/db";

export type TBrokenTeamWebhook = {
  teamId: string;
  teamName: string;
  slug: string;
  brokenAt: Date;
  lastError: string | null;
};

const SHOWN = 20;

export async function getBrokenTeamWebhooks(teamId?: string): Promise<TBrokenTeamWebhook[]> {
  const teams = await db.team.findMany({
    where: { discordWebhookBrokenAt: { not: null }, ...(teamId ? { id: teamId } : {}) },
    orderBy: { discordWebhookBrokenAt: "desc" },
    take: SHOWN,
    select: { id: true, name: true, slug: true, discordWebhookBrokenAt: true },
  });
  if (teams.length === 0) return [];
  const failures = await db.discordPost.findMany({
    where: { teamId: { in: teams.map((team) => team.id) }, target: "TEAM", status: "FAILED" },
    orderBy: { updatedAt: "desc" },
    distinct: ["teamId"],
    select: { teamId: true, reason: true },
  });
  const lastError = new Map(failures.map((post) => [post.teamId, post.reason]));
  return teams.map((team) => ({
    teamId: team.id,
    teamName: team.name,
    slug: team.slug,
    brokenAt: team.discordWebhookBrokenAt ?? new Date(0),
    lastError: lastError.get(team.id) ?? null,
  }));
}
