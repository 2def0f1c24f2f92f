// When a user's quiet hours end: their HELD deliveries up to `releaseAt` are settled in one
// transaction — what no longer matters (irrelevance-reason.ts) is SKIPPED with its reason; email
// that still matters becomes PENDING in fresh provider batches, whose `email/batch.ready` events
// come back for step.sendEvent (the throttled send-email-batch path, as notify's own emails).
// Discord mentions: the webhook post (team or platform) is not personal and went out when the
// notification was made, without mentioning this user; a lone mention hours later in a channel
// would be noise, so a held Discord mention is SKIPPED with that reason.
// Redelivery-safe: a second run finds nothing HELD and lists the same unsent batches again.
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { RESEND_BATCH_SIZE } from "@/lib/mail/send-emails";
import { createEmailBatches } from "@/lib/notifications/email/create-email-batches";
import { emailBatchEventsFor, type TEmailBatchEvent } from "@/lib/notifications/email/plan-email-batches";
import { quietHoursReleaseRequested } from "@/inngest/events";
import { IRRELEVANCE_REASON_SQL } from "./irrelevance-reason";

export const DISCORD_MENTION_HELD_REASON = "the Discord post went out during your quiet hours without mentioning you";

export type TReleaseResult = { emailed: number; skipped: number; batches: TEmailBatchEvent[] };

export async function releaseHeldDeliveries(input: { userId: string; releaseAt: string }): Promise<TReleaseResult> {
  const { userId, releaseAt } = parseInput(quietHoursReleaseRequested.schema, input);
  const until = new Date(releaseAt);
  const { emailed, skipped } = await db.$transaction(async (tx) => {
    const held = await tx.$queryRaw<{ id: string; channel: "EMAIL" | "DISCORD"; skipReason: string | null }[]>`
      SELECT d.id, d.channel::text AS channel, ${IRRELEVANCE_REASON_SQL} AS "skipReason"
      FROM "Notification" n JOIN "Delivery" d ON d."notificationId" = n.id
      WHERE n."userId" = ${userId} AND d.status = 'HELD' AND d."heldUntil" <= ${until}::timestamp
      ORDER BY d.id
      FOR UPDATE OF d`;
    const skips = held.flatMap((row) =>
      row.skipReason
        ? [{ id: row.id, reason: row.skipReason }]
        : row.channel === "DISCORD"
          ? [{ id: row.id, reason: DISCORD_MENTION_HELD_REASON }]
          : [],
    );
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
    return { emailed: emails.length, skipped: skips.length };
  });
  // Every unsent batch of this user's released email (ours, or an earlier attempt's whose events were lost).
  const batches = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT b.id FROM "Notification" n
    JOIN "Delivery" d ON d."notificationId" = n.id AND d.channel = 'EMAIL'
    JOIN "EmailBatch" b ON b.id = d."emailBatchId"
    WHERE n."userId" = ${userId} AND d."heldUntil" <= ${until}::timestamp AND b.status = 'PENDING'
    ORDER BY 1`;
  return { emailed, skipped, batches: emailBatchEventsFor(batches.map((batch) => batch.id)) };
}
