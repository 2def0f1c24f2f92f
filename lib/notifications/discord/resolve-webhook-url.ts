// Which webhook a Discord post goes to. Posts and events name a webhook by its key — "platform" or
// "team:<teamId>" — never by its URL, whose path holds a secret token; the URL is looked up here at
// the moment of posting (DISCORD_WEBHOOK_URL, or the team's current webhook).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { DiscordTarget } from "@/lib/generated/prisma/enums";

export const PLATFORM_WEBHOOK_KEY = "platform";

export function toWebhookKey(target: DiscordTarget, teamId: string | null): string {
  return target === "PLATFORM" ? PLATFORM_WEBHOOK_KEY : `team:${teamId ?? ""}`;
}

export type TResolvedWebhook = { url: string } | { missing: string };

export async function resolveWebhookUrl(post: {
  target: DiscordTarget;
  teamId: string | null;
}): Promise<TResolvedWebhook> {
  if (post.target === "PLATFORM") {
    return env.DISCORD_WEBHOOK_URL
      ? { url: env.DISCORD_WEBHOOK_URL }
      : { missing: "the platform's Discord webhook (DISCORD_WEBHOOK_URL) is not configured" };
  }
  const team = post.teamId
    ? await db.team.findUnique({
        where: { id: post.teamId },
        select: { discordWebhookUrl: true, discordWebhookBrokenAt: true },
      })
    : null;
  if (!team?.discordWebhookUrl) return { missing: "the team no longer has a Discord webhook" };
  if (team.discordWebhookBrokenAt) return { missing: "the team's Discord webhook was deleted" };
  return { url: team.discordWebhookUrl };
}
