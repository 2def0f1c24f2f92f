// A team's captain (or an admin) sets or clears the team's Discord webhook. Only a Discord webhook
// URL is accepted (https, discord.com / discordapp.com, /api/webhooks/<id>/<token>): the app posts
// team news to it, so a typo or another site's URL must fail here, not on the next event. Setting
// or clearing forgets that Discord called the old one gone (discordWebhookBrokenAt). The answer
// carries the masked URL only — the token is a secret, and never leaves the server again.
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { maskWebhookUrl } from "./queries/mask-webhook-url";
import { getTeamAsCaptain } from "./get-team-as-captain";

const DISCORD_HOSTS = new Set(["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"]);
const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d{5,25})\/([A-Za-z0-9_-]{20,200})\/?$/;
const WEBHOOK_MESSAGE =
  "Enter a Discord webhook URL like https://discord.com/api/webhooks/123456789/abc… (Server Settings → Integrations → Webhooks → Copy Webhook URL).";

/** A Discord webhook URL, normalised to https://<host>/api/webhooks/<id>/<token> (+ thread_id). */
export const ZDiscordWebhookUrl = z
  .string({ error: WEBHOOK_MESSAGE })
  .trim()
  .max(500, "That URL is too long for a Discord webhook.")
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: WEBHOOK_MESSAGE });
      return z.NEVER;
    }
    const problem =
      url.protocol !== "https:"
        ? "The Discord webhook URL must start with https://."
        : !DISCORD_HOSTS.has(url.hostname) || url.port || url.username || url.password
          ? "That is not a Discord webhook: the URL must be on discord.com (or discordapp.com)."
          : !WEBHOOK_PATH.test(url.pathname)
            ? "That Discord URL is not a webhook: it must look like https://discord.com/api/webhooks/<id>/<token>."
            : [...url.searchParams.keys()].some((key) => key !== "thread_id") || url.hash
              ? "Remove everything after the token (only ?thread_id=… is allowed)."
              : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    const [, id, token] = WEBHOOK_PATH.exec(url.pathname) ?? [];
    const threadId = url.searchParams.get("thread_id");
    return `https://${url.hostname}/api/webhooks/${id}/${token}${threadId ? `?thread_id=${encodeURIComponent(threadId)}` : ""}`;
  });

export const ZSetTeamWebhookInput = z.object({
  teamId: zId("a team"),
  /** The new webhook URL; null or "" clears it. */
  webhookUrl: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    ZDiscordWebhookUrl.nullable(),
  ),
});
export type TSetTeamWebhookInput = z.input<typeof ZSetTeamWebhookInput>;

export type TSetTeamWebhookResult = { teamId: string; teamName: string; maskedWebhookUrl: string | null };

export async function setTeamWebhook(actor: TActor, input: TSetTeamWebhookInput): Promise<TSetTeamWebhookResult> {
  const { teamId, webhookUrl } = parseInput(ZSetTeamWebhookInput, input);
  return db.$transaction(async (tx) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    await tx.team.update({
      where: { id: team.id },
      data: { discordWebhookUrl: webhookUrl, discordWebhookBrokenAt: null },
      select: { id: true },
    });
    return { teamId: team.id, teamName: team.name, maskedWebhookUrl: webhookUrl ? maskWebhookUrl(webhookUrl) : null };
  });
}
