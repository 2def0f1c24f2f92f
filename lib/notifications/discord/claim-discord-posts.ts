// Notify, Discord step: claim one DiscordPost per request per webhook — the platform webhook for
// public types, the team's webhook for team events (lib/notifications/catalog.ts), never one per recipient — and
// return one `discord/post.requested` per post still to send, for step.sendEvent. Nothing is posted
// here and no HTTP call happens: the post-to-discord function posts each claim, throttled per webhook.
// The payload is fixed now (mentioning the recipients who chose Discord and linked an account), so
// every attempt posts the same message. Claims are unique per request + webhook: a redelivered
// request, a retried step or another chunk of the same announcement finds them and claims nothing new.
import { discordPostRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { DiscordTarget } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_CATALOG } from "@/lib/notifications/catalog";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { buildDiscordEmbed } from "./build-embed";
import { buildWebhookPayload, DISCORD_MAX_ALLOWED_USER_MENTIONS } from "./build-webhook-payload";
import { toWebhookKey } from "./resolve-webhook-url";
import { settleDiscordDeliveries } from "./settle-discord-deliveries";

export const NO_DISCORD_CHANNEL_REASON = "no Discord channel carries this notification";

export type TDiscordPostEvent = {
  id: string;
  name: typeof discordPostRequested.name;
  data: { postId: string; webhookKey: string };
};

type TTarget = { target: DiscordTarget; teamId: string | null };

export async function claimDiscordPosts(request: TNotificationRequest, now = new Date()): Promise<TDiscordPostEvent[]> {
  const targets = await findTargets(request);
  if (targets.length === 0) {
    await db.delivery.updateMany({
      where: {
        channel: "DISCORD",
        status: "PENDING",
        notification: { dedupKey: request.dedupKey, userId: { in: request.recipientIds } },
      },
      data: { status: "SKIPPED", reason: NO_DISCORD_CHANNEL_REASON },
    });
    return [];
  }

  const mentions = await db.$queryRaw<{ discordUserId: string }[]>`
    SELECT DISTINCT u."discordUserId" FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId" JOIN "User" u ON u.id = n."userId"
    WHERE n."userId" = ANY(${request.recipientIds}::text[]) AND n."dedupKey" = ${request.dedupKey}
      AND d.channel = 'DISCORD' AND d.status = 'PENDING' AND u."discordUserId" IS NOT NULL
    ORDER BY u."discordUserId" LIMIT ${DISCORD_MAX_ALLOWED_USER_MENTIONS}`;
  const payload = buildWebhookPayload({
    embed: buildDiscordEmbed({
      type: request.type,
      title: request.title,
      body: request.body,
      url: request.url,
      timestamp: now,
    }),
    mentionDiscordUserIds: mentions.map((row) => row.discordUserId),
  });

  const rows = targets.map(({ target, teamId }) => ({
    // The key the previous Discord step used too (see the migration 20261203120000_discord_post_claims).
    dedupKey: `${request.dedupKey}:${target}:${teamId ?? "platform"}`,
    requestDedupKey: request.dedupKey,
    webhookKey: toWebhookKey(target, teamId),
    target,
    teamId,
    type: request.type,
    payload,
  }));
  await db.discordPost.createMany({ data: rows, skipDuplicates: true });
  const posts = await db.discordPost.findMany({
    where: { dedupKey: { in: rows.map((row) => row.dedupKey) } },
    select: { id: true, webhookKey: true, status: true },
    orderBy: { createdAt: "asc" },
  });
  // Claims an earlier chunk or delivery already settled settle this chunk's deliveries now.
  await settleDiscordDeliveries(request.dedupKey, now);

  return toDiscordPostEvents(posts.filter((post) => post.status === "PENDING"));
}

/** Deterministic ids: Inngest ignores a repeated id for 24 h, so a retried step requests each post once. */
export function toDiscordPostEvents(posts: { id: string; webhookKey: string }[]): TDiscordPostEvent[] {
  return posts.map((post) => ({
    id: `discord-post:${post.id}`,
    name: discordPostRequested.name,
    data: { postId: post.id, webhookKey: post.webhookKey },
  }));
}

async function findTargets(request: TNotificationRequest): Promise<TTarget[]> {
  const routing = NOTIFICATION_CATALOG[request.type].discord;
  const targets: TTarget[] = [];
  if (routing.platform && (request.postToPlatform ?? true) && env.DISCORD_WEBHOOK_URL)
    targets.push({ target: "PLATFORM", teamId: null });
  if (routing.team && request.teamId) {
    const team = await db.team.findUnique({
      where: { id: request.teamId },
      select: { discordWebhookUrl: true, discordWebhookBrokenAt: true },
    });
    if (team?.discordWebhookUrl && !team.discordWebhookBrokenAt)
      targets.push({ target: "TEAM", teamId: request.teamId });
  }
  return targets;
}
