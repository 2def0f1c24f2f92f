// When quiet hours end, the held Discord mentions that still matter go out: the webhook posts went
// out at the time without mentioning this user, so now ONE post per webhook that carried them (the
// team's webhook when a notice went to both) mentions only this user and lists what happened — never
// a post per notification. Claimed like notify's posts (claim-discord-posts.ts): unique per release
// and webhook, posted by post-to-discord (throttled per webhook), and the deliveries settle with
// their post because `Delivery.releasePostKey` is that post's request key (settle-discord-deliveries.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DiscordTarget } from "@/lib/generated/prisma/enums";
import type { TNotificationType } from "@/lib/notifications/catalog";
import { buildDiscordEmbed } from "@/lib/notifications/discord/build-embed";
import { buildWebhookPayload } from "@/lib/notifications/discord/build-webhook-payload";
import { toDiscordPostEvents, type TDiscordPostEvent } from "@/lib/notifications/discord/claim-discord-posts";
import { db } from "@/lib/db";

export const RELEASE_MENTION_SKIP_REASONS = {
  noPost: "no Discord post carried it (it was not posted, or the post failed)",
  unlinked: "your Discord account is no longer linked",
} as const;

/** A held Discord delivery that still matters, with the webhook whose post carried its notification. */
export type THeldMention = {
  id: string;
  type: TNotificationType;
  title: string;
  body: string;
  url: string | null;
  createdAt: Date;
  discordUserId: string | null;
  webhookKey: string | null;
  target: DiscordTarget | null;
  teamId: string | null;
};

/** The release post's key for one user, window end and webhook (also its DiscordPost dedup key). */
const releasePostKey = (userId: string, releaseAt: Date, webhookKey: string) =>
  `quiet-release:${userId}:${releaseAt.toISOString()}:${webhookKey}`;

/**
 * Inside the release transaction: claims one post per webhook and marks its deliveries PENDING with
 * its key. Returns how many were queued, and those that cannot be mentioned with the reason, for the caller to skip.
 */
export async function claimReleaseMentions(
  tx: Prisma.TransactionClient,
  { userId, releaseAt, held }: { userId: string; releaseAt: Date; held: THeldMention[] },
): Promise<{ mentioned: number; skips: { id: string; reason: string }[] }> {
  const skips: { id: string; reason: string }[] = [];
  const byWebhook = new Map<string, THeldMention[]>();
  for (const row of held) {
    if (!row.webhookKey) skips.push({ id: row.id, reason: RELEASE_MENTION_SKIP_REASONS.noPost });
    else if (!row.discordUserId) skips.push({ id: row.id, reason: RELEASE_MENTION_SKIP_REASONS.unlinked });
    else byWebhook.set(row.webhookKey, [...(byWebhook.get(row.webhookKey) ?? []), row]);
  }
  for (const [webhookKey, rows] of byWebhook) {
    const key = releasePostKey(userId, releaseAt, webhookKey);
    const [first] = rows;
    if (!first?.discordUserId) continue;
    await tx.discordPost.createMany({
      data: [
        {
          dedupKey: key,
          requestDedupKey: key,
          webhookKey,
          target: first.target ?? "PLATFORM",
          teamId: first.teamId,
          type: first.type,
          payload: buildWebhookPayload({
            embed: releaseEmbed(rows, releaseAt),
            mentionDiscordUserIds: [first.discordUserId],
          }),
        },
      ],
      skipDuplicates: true,
    });
    await tx.delivery.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, status: "HELD" },
      data: { status: "PENDING", reason: null, releasePostKey: key },
    });
  }
  return { mentioned: held.length - skips.length, skips };
}

/** One notice: its own embed. Several: a list of their titles, newest first, linking to the notification center. */
function releaseEmbed(rows: THeldMention[], releaseAt: Date) {
  const [only] = rows;
  if (rows.length === 1 && only) return buildDiscordEmbed({ ...only, timestamp: only.createdAt });
  const newestFirst = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return buildDiscordEmbed({
    type: newestFirst[0]?.type ?? "announcement",
    title: `${rows.length} updates while you were in quiet hours`,
    body: newestFirst.map((row) => `• ${row.title}`).join("\n"),
    url: null,
    timestamp: releaseAt,
  });
}

/** After commit (and on a redelivered run): every release post of this user's window still to send. */
export async function releaseMentionEvents(userId: string, until: Date): Promise<TDiscordPostEvent[]> {
  const posts = await db.$queryRaw<{ id: string; webhookKey: string }[]>`
    SELECT p.id, p."webhookKey" FROM "DiscordPost" p
    WHERE p.status = 'PENDING' AND p."requestDedupKey" IN (
      SELECT DISTINCT d."releasePostKey" FROM "Notification" n JOIN "Delivery" d ON d."notificationId" = n.id
      WHERE n."userId" = ${userId} AND d.channel = 'DISCORD' AND d."heldUntil" <= ${until}::timestamp
        AND d."releasePostKey" IS NOT NULL)
    ORDER BY p."createdAt", p.id`;
  return toDiscordPostEvents(posts);
}
