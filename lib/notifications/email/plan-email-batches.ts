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

export async function planEmailBatches(request: Pick<TNotificationRequest, "dedupKey" | "recipientIds">): Promise<TEmailBatchEvent[]> {
  await db.$transaction(async (tx) => {
    // Locked, so two plans of the same request (a redelivery racing the original) batch each delivery once.
    const pending = await tx.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId"
      WHERE n."dedupKey" = ${request.dedupKey} AND n."userId" = ANY(${request.recipientIds}::text[])
        AND d.channel = 'EMAIL' AND d.status = 'PENDING' AND d."emailBatchId" IS NULL
      ORDER BY d.id
      FOR UPDATE OF d SKIP LOCKED`;
    const batches = await createEmailBatches(tx, pending.length);
    if (batches.length === 0) return;
    const batchOf = pending.map((_row, index) => batches[Math.floor(index / RESEND_BATCH_SIZE)] as string);
    await tx.$executeRaw`
      UPDATE "Delivery" d SET "emailBatchId" = b.batch_id, "updatedAt" = now()
      FROM unnest(${pending.map((row) => row.id)}::text[], ${batchOf}::text[]) AS b(delivery_id, batch_id)
      WHERE d.id = b.delivery_id`;
  });

  // Every unsent batch of this request's deliveries: ours, or an earlier plan's that may not have been sent yet.
  const batches = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT b.id FROM "EmailBatch" b
    JOIN "Delivery" d ON d."emailBatchId" = b.id JOIN "Notification" n ON n.id = d."notificationId"
    WHERE n."dedupKey" = ${request.dedupKey} AND n."userId" = ANY(${request.recipientIds}::text[]) AND b.status = 'PENDING'
    ORDER BY b.id`;
  return emailBatchEventsFor(batches.map((batch) => batch.id));
}

/** `email/batch.ready` for each batch, with the batch's own event id (Inngest drops a repeat). */
export function emailBatchEventsFor(batchIds: string[]): TEmailBatchEvent[] {
  return batchIds.map((batchId) => ({ ...emailBatchReady.create({ batchId }), id: `email-batch:${batchId}` }));
}
