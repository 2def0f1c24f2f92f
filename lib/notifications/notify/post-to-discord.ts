// Notify, Discord step: one post per request per webhook — the platform webhook for public types,
// the team's webhook for team events — never one per recipient. Each post is claimed in DiscordPost
// (unique per request + webhook) under a row lock, so redeliveries and parallel chunks post once.
// Recipients who chose Discord and linked an account are mentioned (and only they can be pinged).
// A deleted team webhook (404) is marked broken and the captain is told in-app; transient errors
// throw so Inngest retries the step.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { DiscordTarget } from "@/lib/generated/prisma/enums";
import { transactWithEvents } from "@/lib/events/transact-with-events";
import { NOTIFICATION_CATALOG } from "@/lib/notifications/catalog";
import { buildDiscordEmbed } from "@/lib/notifications/discord/build-embed";
import { buildWebhookPayload, type TDiscordWebhookPayload } from "@/lib/notifications/discord/build-webhook-payload";
import { postDiscordWebhook } from "@/lib/notifications/discord/post-webhook";
import { notificationRequested } from "@/inngest/events";
import type { TNotificationRequest } from "./notification-request";

type TTarget = { kind: DiscordTarget; teamId: string | null; webhookUrl: string };
type TPostOutcome = { kind: DiscordTarget; status: "SENT" | "ALREADY_SENT" | "GONE"; messageId: string | null };
export type TDiscordResult = { posts: TPostOutcome[]; mentioned: number; deliveries: "SENT" | "SKIPPED" | "FAILED" | "NONE" };

export async function postNotificationToDiscord(request: TNotificationRequest, now = new Date()): Promise<TDiscordResult> {
  const targets = await findTargets(request);
  const mentions = await db.$queryRaw<{ discordUserId: string }[]>`
    SELECT DISTINCT u."discordUserId" FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId" JOIN "User" u ON u.id = n."userId"
    WHERE n."dedupKey" = ${request.dedupKey} AND d.channel = 'DISCORD' AND d.status = 'PENDING' AND u."discordUserId" IS NOT NULL`;
  const payload = buildWebhookPayload({
    embed: buildDiscordEmbed({ type: request.type, title: request.title, body: request.body, url: request.url, timestamp: now }),
    mentionDiscordUserIds: mentions.map((row) => row.discordUserId),
  });

  const posts: TPostOutcome[] = [];
  for (const target of targets) posts.push(await postOnce(request, target, payload));

  const delivered = posts.find((post) => post.status !== "GONE");
  const deliveries = targets.length === 0 ? "SKIPPED" : delivered ? "SENT" : "FAILED";
  const { count } = await db.delivery.updateMany({
    where: { channel: "DISCORD", status: "PENDING", notification: { dedupKey: request.dedupKey } },
    data:
      deliveries === "SENT"
        ? { status: "SENT", sentAt: now, providerMessageId: delivered?.messageId ?? null, attempts: { increment: 1 } }
        : { status: deliveries, reason: deliveries === "SKIPPED" ? "no Discord channel carries this notification" : "the Discord webhook was deleted" },
  });
  return { posts, mentioned: payload.allowed_mentions.users.length, deliveries: count === 0 ? "NONE" : deliveries };
}

async function findTargets(request: TNotificationRequest): Promise<TTarget[]> {
  const routing = NOTIFICATION_CATALOG[request.type].discord;
  const targets: TTarget[] = [];
  if (routing.platform && (request.postToPlatform ?? true) && env.DISCORD_WEBHOOK_URL) {
    targets.push({ kind: "PLATFORM", teamId: null, webhookUrl: env.DISCORD_WEBHOOK_URL });
  }
  if (routing.team && request.teamId) {
    const team = await db.team.findUnique({ where: { id: request.teamId }, select: { discordWebhookUrl: true, discordWebhookBrokenAt: true } });
    if (team?.discordWebhookUrl && !team.discordWebhookBrokenAt) targets.push({ kind: "TEAM", teamId: request.teamId, webhookUrl: team.discordWebhookUrl });
  }
  return targets;
}

async function postOnce(request: TNotificationRequest, target: TTarget, payload: TDiscordWebhookPayload): Promise<TPostOutcome> {
  const dedupKey = `${request.dedupKey}:${target.kind}:${target.teamId ?? "platform"}`;
  let failure: string | null = null;
  const outcome = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "DiscordPost" (id, "dedupKey", target, "teamId", type, status, attempts, "createdAt", "updatedAt")
        VALUES (${randomUUID()}, ${dedupKey}, ${target.kind}::"DiscordTarget", ${target.teamId}, ${request.type}::"NotificationType", 'PENDING', 0, now(), now())
        ON CONFLICT ("dedupKey") DO NOTHING`;
      const [post] = await tx.$queryRaw<{ id: string; status: string; providerMessageId: string | null }[]>`
        SELECT id, status, "providerMessageId" FROM "DiscordPost" WHERE "dedupKey" = ${dedupKey} FOR UPDATE`;
      if (!post) throw new Error(`DiscordPost ${dedupKey} vanished`);
      if (post.status === "SENT") return { kind: target.kind, status: "ALREADY_SENT", messageId: post.providerMessageId } as const;
      try {
        const result = await postDiscordWebhook(target.webhookUrl, payload);
        if (result.status === "sent") {
          await tx.discordPost.update({ where: { id: post.id }, data: { status: "SENT", sentAt: new Date(), providerMessageId: result.messageId, attempts: { increment: 1 }, reason: null } });
          return { kind: target.kind, status: "SENT", messageId: result.messageId } as const;
        }
        await tx.discordPost.update({ where: { id: post.id }, data: { status: "FAILED", attempts: { increment: 1 }, reason: `webhook gone (HTTP ${result.httpStatus})` } });
        return { kind: target.kind, status: "GONE", messageId: null } as const;
      } catch (error) {
        if (error instanceof AppError && !error.isRetryable) {
          await tx.discordPost.update({ where: { id: post.id }, data: { status: "FAILED", attempts: { increment: 1 }, reason: error.message.slice(0, 500) } });
          return { kind: target.kind, status: "GONE", messageId: null } as const;
        }
        failure = error instanceof Error ? error.message : String(error);
        return null;
      }
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  if (!outcome) {
    await db.discordPost.update({ where: { dedupKey }, data: { attempts: { increment: 1 }, reason: `retrying: ${failure}`.slice(0, 500) } });
    throw new AppError("UPSTREAM_UNAVAILABLE", `Discord post failed, will retry: ${failure}`);
  }
  if (outcome.status === "GONE" && target.kind === "TEAM" && target.teamId) await markTeamWebhookBroken(target.teamId);
  return outcome;
}

/** Discord says the team's webhook is gone: stop using it and tell the captain in-app. */
async function markTeamWebhookBroken(teamId: string): Promise<void> {
  await transactWithEvents(async (tx, emit) => {
    const brokenAt = new Date();
    const { count } = await tx.team.updateMany({ where: { id: teamId, discordWebhookBrokenAt: null }, data: { discordWebhookBrokenAt: brokenAt } });
    if (count === 0) return;
    const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, slug: true, captainId: true } });
    emit({
      ...notificationRequested.create({
        type: "system",
        recipientIds: [team.captainId],
        title: `${team.name}'s Discord webhook stopped working`,
        body: `Discord says the webhook set for ${team.name} no longer exists, so team news is not posted there. Set a new webhook on your team page.`,
        url: `/teams/${team.slug}`,
        dedupKey: `webhook-broken:${teamId}:${brokenAt.toISOString()}`,
        teamId: null,
        data: { teamId },
      }),
      id: `webhook-broken:${teamId}:${brokenAt.toISOString()}`,
    });
  });
}
