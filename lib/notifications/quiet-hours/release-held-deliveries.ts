// When a user's quiet hours end: their HELD deliveries up to `releaseAt` are settled in one
// transaction — what no longer matters (irrelevance-reason.ts) is SKIPPED with its reason; email
// that still matters becomes PENDING in fresh provider batches, whose `email/batch.ready` events
// come back for step.sendEvent (the throttled send-email-batch path, as notify's own emails).
// Discord mentions that still matter go out in one post per webhook (claim-release-mentions.ts).
// Redelivery-safe: a second run finds nothing HELD and lists the same unsent batches and posts again.
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { RESEND_BATCH_SIZE } from "@/lib/mail/send-emails";
import { createEmailBatches } from "@/lib/notifications/email/create-email-batches";
import { emailBatchEventsFor, type TEmailBatchEvent } from "@/lib/notifications/email/plan-email-batches";
import { quietHoursReleaseRequested } from "@/inngest/events";
import type { TDiscordPostEvent } from "@/lib/notifications/discord/claim-discord-posts";
import { claimReleaseMentions, releaseMentionEvents, type THeldMention } from "./claim-release-mentions";
import { IRRELEVANCE_REASON_SQL } from "./irrelevance-reason";

export type TReleaseResult = {
  emailed: number;
  mentioned: number;
  skipped: number;
  batches: TEmailBatchEvent[];
  discordPosts: TDiscordPostEvent[];
};

export async function releaseHeldDeliveries(input: { userId: string; releaseAt: string }): Promise<TReleaseResult> {
  const { userId, releaseAt } = parseInput(quietHoursReleaseRequested.schema, input);
  const until = new Date(releaseAt);
  const { emailed, mentioned, skipped } = await db.$transaction(async (tx) => {
    // A Discord row carries the webhook whose post went out with its notification (the team's first).
    const held = await tx.$queryRaw<(THeldMention & { channel: "EMAIL" | "DISCORD"; skipReason: string | null })[]>`
      SELECT d.id, d.channel::text AS channel, ${IRRELEVANCE_REASON_SQL} AS "skipReason",
        n.type::text AS type, n.title, n.body, n.url, n."createdAt", u."discordUserId",
        p."webhookKey", p.target, p."teamId"
      FROM "Notification" n JOIN "Delivery" d ON d."notificationId" = n.id JOIN "User" u ON u.id = n."userId"
      LEFT JOIN LATERAL (
        SELECT post."webhookKey", post.target, post."teamId" FROM "DiscordPost" post
        WHERE d.channel = 'DISCORD' AND post."requestDedupKey" = n."dedupKey" AND post.status = 'SENT'
        ORDER BY post.target = 'TEAM' DESC, post."createdAt" LIMIT 1) p ON true
      WHERE n."userId" = ${userId} AND d.status = 'HELD' AND d."heldUntil" <= ${until}::timestamp
      ORDER BY d.id
      FOR UPDATE OF d`;
    const discord = await claimReleaseMentions(tx, {
      userId,
      releaseAt: until,
      held: held.filter((row) => row.channel === "DISCORD" && !row.skipReason),
    });
    const skips = [
      ...held.flatMap((row) => (row.skipReason ? [{ id: row.id, reason: row.skipReason }] : [])),
      ...discord.skips,
    ];
    if (skips.length)
      await tx.$executeRaw`
        UPDATE "Delivery" d SET status = 'SKIPPED', reason = s.reason, "updatedAt" = now()
        FROM unnest(${skips.map((row) => row.id)}::text[], ${skips.map((row) => row.reason)}::text[]) AS s(id, reason)
        WHERE d.id = s.id`;
    const emails = held.filter((row) => row.channel === "EMAIL" && !row.skipReason).map((row) => row.id);
    const batches = await createEmailBatches(tx, emails.length);
    if (emails.length)
      await tx.$executeRaw`
        UPDATE "Delivery" d SET status = 'PENDING', reason = NULL, "emailBatchId" = b.batch_id, "updatedAt" = now()
        FROM unnest(${emails}::text[], ${emails.map((_id, index) => batches[Math.floor(index / RESEND_BATCH_SIZE)] as string)}::text[]) AS b(id, batch_id)
        WHERE d.id = b.id`;
    return { emailed: emails.length, mentioned: discord.mentioned, skipped: skips.length };
  });
  // Every unsent batch of this user's released email (ours, or an earlier attempt's whose events were lost).
  const batches = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT b.id FROM "Notification" n
    JOIN "Delivery" d ON d."notificationId" = n.id AND d.channel = 'EMAIL'
    JOIN "EmailBatch" b ON b.id = d."emailBatchId"
    WHERE n."userId" = ${userId} AND d."heldUntil" <= ${until}::timestamp AND b.status = 'PENDING'
    ORDER BY 1`;
  return {
    emailed,
    mentioned,
    skipped,
    batches: emailBatchEventsFor(batches.map((batch) => batch.id)),
    discordPosts: await releaseMentionEvents(userId, until),
  };
}
