// When the notify function gives up on a request, nothing may stay PENDING for ever: email
// deliveries that never reached a provider batch are marked FAILED with the reason (batches that
// exist are the send-email-batch function's to finish or fail), so "why did I not get this" has an
// answer in the center and on the admin dashboard.
import { db } from "@/lib/db";
import type { TNotificationRequest } from "./notification-request";

export async function failUndeliveredNotifications(
  request: Pick<TNotificationRequest, "dedupKey" | "recipientIds">,
  error: string,
): Promise<{ failed: number }> {
  const reason = `gave up: ${error}`.slice(0, 500);
  const failed = await db.$executeRaw`
    UPDATE "Delivery" d SET status = 'FAILED', reason = ${reason}, "updatedAt" = now()
    FROM "Notification" n
    WHERE n.id = d."notificationId" AND n."dedupKey" = ${request.dedupKey} AND n."userId" = ANY(${request.recipientIds}::text[])
      AND d.status = 'PENDING' AND d.channel = 'EMAIL' AND d."emailBatchId" IS NULL`;
  return { failed };
}
