// Notify, email step: the request's PENDING email deliveries are put into provider batches of at
// most RESEND_BATCH_SIZE — membership fixed in the database before anything is sent, so every
// attempt of a batch sends the same emails under the same idempotency key — and one
// `email/batch.ready` per batch is returned for step.sendEvent. The throttled send-email-batch
// function makes the provider calls (inngest/functions/send-email-batch.ts). Redelivery-safe: a
// second plan for the same request finds its deliveries batched and returns the same events.
import { emailBatchReady } from "@/inngest/events";
import { db } from "@/lib/db";
import { RESEND_BATCH_SIZE } from "@/lib/mail/send-emails";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { createEmailBatches } from "./create-email-batches";

export type TEmailBatchEvent = ReturnType<typeof emailBatchReady.create> & { id: string };

export async function planEmailBatches(
  request: Pick<TNotificationRequest, "dedupKey" | "recipientIds">,
): Promise<TEmailBatchEvent[]> {
  await db.$transaction(async (tx) => {
    // Locked (and waited for), so two plans of the same request — a redelivery racing the original —
    // batch each delivery once, and the second then lists the first's batches below.
    const pending = await tx.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Notification" n JOIN "Delivery" d ON d."notificationId" = n.id AND d.channel = 'EMAIL'
      WHERE n."userId" = ANY(${request.recipientIds}::text[]) AND n."dedupKey" = ${request.dedupKey}
        AND d.status = 'PENDING' AND d."emailBatchId" IS NULL
      ORDER BY d.id
      FOR UPDATE OF d`;
    const batches = await createEmailBatches(tx, pending.length);
    if (batches.length === 0) return;
    const batchOf = pending.map((_row, index) => batches[Math.floor(index / RESEND_BATCH_SIZE)] as string);
    await tx.$executeRaw`
      UPDATE "Delivery" d SET "emailBatchId" = b.batch_id, "updatedAt" = now()
      FROM unnest(${pending.map((row) => row.id)}::text[], ${batchOf}::text[]) AS b(delivery_id, batch_id)
      WHERE d.id = b.delivery_id`;
  });

  // Every unsent batch of these recipients' deliveries: ours, or an earlier plan's that may not have
  // been sent yet. From the recipients' rows first (the (userId, dedupKey) and (notificationId,
  // channel) indexes; MATERIALIZED keeps the planner from starting at every PENDING batch, which
  // grew with the table: 11 → 246 ms a run over a 100,000-user fan-out), then their few batches.
  const batches = await db.$queryRaw<{ id: string }[]>`
    WITH mine AS MATERIALIZED (
      SELECT DISTINCT d."emailBatchId" AS id
      FROM "Notification" n JOIN "Delivery" d ON d."notificationId" = n.id AND d.channel = 'EMAIL'
      WHERE n."userId" = ANY(${request.recipientIds}::text[]) AND n."dedupKey" = ${request.dedupKey}
        AND d."emailBatchId" IS NOT NULL
    )
    SELECT b.id FROM mine JOIN "EmailBatch" b ON b.id = mine.id WHERE b.status = 'PENDING' ORDER BY 1`;
  return emailBatchEventsFor(batches.map((batch) => batch.id));
}

/** `email/batch.ready` for each batch, with the batch's own event id (Inngest drops a repeat). */
export function emailBatchEventsFor(batchIds: string[]): TEmailBatchEvent[] {
  return batchIds.map((batchId) => ({ ...emailBatchReady.create({ batchId }), id: `email-batch:${batchId}` }));
}
