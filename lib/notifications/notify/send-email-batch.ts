// Notify, email step: sends the next batch of PENDING email deliveries of one request. Each send
// carries the delivery id as Resend's idempotency key, so a retried step never delivers twice.
// A permanent failure (address rejected) ends FAILED with the reason; a transient one (5xx, 429,
// timeout) leaves the delivery PENDING and makes the step throw, so Inngest retries it — until the
// delivery's last attempt, which ends FAILED instead of blocking the run.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send-email";
import { emailLinksFor } from "@/lib/notifications/email/email-links";
import { renderNotificationEmail } from "@/lib/notifications/email/render-notification-email";

export const EMAIL_BATCH_SIZE = 50;
/** The notify function's retries; a delivery's last attempt records FAILED rather than throwing. */
export const NOTIFY_RETRIES = 4;
export const EMAIL_MAX_ATTEMPTS = NOTIFY_RETRIES + 1;
const PARALLEL_SENDS = 5;

type TPendingEmail = {
  id: string;
  attempts: number;
  userId: string;
  email: string | null;
  name: string | null;
  type: Parameters<typeof renderNotificationEmail>[0]["notification"]["type"];
  title: string;
  body: string;
  url: string | null;
};

export type TEmailBatchResult = { sent: number; failed: number; retrying: number; remaining: number };

/**
 * `recipientIds` scopes the batch to one request's recipients: the chunks of a large announcement
 * share a dedup key but not recipients, so their runs never pick up each other's deliveries.
 */
export async function sendEmailBatch(dedupKey: string, recipientIds: string[]): Promise<TEmailBatchResult> {
  const pending = await db.$queryRaw<TPendingEmail[]>`
    SELECT d.id, d.attempts, n."userId", u.email, u.name, n.type, n.title, n.body, n.url
    FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId" JOIN "User" u ON u.id = n."userId"
    WHERE n."dedupKey" = ${dedupKey} AND n."userId" = ANY(${recipientIds}::text[]) AND d.channel = 'EMAIL' AND d.status = 'PENDING'
    ORDER BY d.id LIMIT ${EMAIL_BATCH_SIZE}`;

  const outcomes: ("sent" | "failed" | "retrying")[] = [];
  for (let start = 0; start < pending.length; start += PARALLEL_SENDS) {
    outcomes.push(...(await Promise.all(pending.slice(start, start + PARALLEL_SENDS).map(deliver))));
  }
  const remaining = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId"
    WHERE n."dedupKey" = ${dedupKey} AND n."userId" = ANY(${recipientIds}::text[]) AND d.channel = 'EMAIL' AND d.status = 'PENDING'`;
  const result = {
    sent: outcomes.filter((outcome) => outcome === "sent").length,
    failed: outcomes.filter((outcome) => outcome === "failed").length,
    retrying: outcomes.filter((outcome) => outcome === "retrying").length,
    remaining: remaining[0]?.count ?? 0,
  };
  if (result.retrying > 0) throw new AppError("UPSTREAM_UNAVAILABLE", `${result.retrying} email(s) hit a temporary error; retrying.`);
  return result;
}

async function deliver(delivery: TPendingEmail): Promise<"sent" | "failed" | "retrying"> {
  const attempts = delivery.attempts + 1;
  if (!delivery.email) {
    await db.delivery.update({ where: { id: delivery.id }, data: { status: "SKIPPED", reason: "no email address", attempts } });
    return "failed";
  }
  try {
    const links = emailLinksFor(delivery.userId, delivery.type);
    const rendered = await renderNotificationEmail({
      appUrl: links.appUrl,
      recipientName: delivery.name,
      notification: { type: delivery.type, title: delivery.title, body: delivery.body, url: delivery.url },
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
    });
    const sent = await sendEmail({ to: delivery.email, ...rendered, headers: links.headers, idempotencyKey: `delivery-${delivery.id}` });
    await db.delivery.update({ where: { id: delivery.id }, data: { status: "SENT", attempts, sentAt: new Date(), providerMessageId: sent.id, reason: null } });
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isTransient = !(error instanceof AppError) || error.isRetryable;
    if (isTransient && attempts < EMAIL_MAX_ATTEMPTS) {
      await db.delivery.update({ where: { id: delivery.id }, data: { attempts, reason: `retrying: ${message}`.slice(0, 500) } });
      return "retrying";
    }
    const reason = isTransient ? `gave up after ${attempts} attempts: ${message}` : message;
    await db.delivery.update({ where: { id: delivery.id }, data: { status: "FAILED", attempts, reason: reason.slice(0, 500) } });
    return "failed";
  }
}
