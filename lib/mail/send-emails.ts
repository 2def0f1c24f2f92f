// Many emails in one provider call: Resend's batch endpoint (up to RESEND_BATCH_SIZE per call, one
// idempotency key for the call, kept 24 h by Resend: a retried call with the same key and the same
// emails delivers nothing twice — so callers must fix a batch's members and render them the same
// way on every attempt). Permissive validation: a refused address fails alone, not its batch.
// Without RESEND_API_KEY the emails are captured (CapturedEmail), as lib/mail/send-email.ts does.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getResend, toMailError } from "./resend-client";
import type { TEmail } from "./send-email";

/** Resend's limit of emails per batch call. */
export const RESEND_BATCH_SIZE = 100;

/** `providerMessageId` is null when the email went out on an earlier call whose answer was lost. */
export type TEmailOutcome = { status: "sent"; providerMessageId: string | null } | { status: "failed"; reason: string };

/** Sends `emails` (at most RESEND_BATCH_SIZE) in one call; one outcome per email, in order. Throws AppError for the whole call. */
export async function sendEmails(
  emails: Omit<TEmail, "idempotencyKey">[],
  idempotencyKey: string,
): Promise<TEmailOutcome[]> {
  if (emails.length === 0) return [];
  if (emails.length > RESEND_BATCH_SIZE)
    throw new AppError("INVALID_INPUT", `A batch holds at most ${RESEND_BATCH_SIZE} emails, not ${emails.length}.`);
  if (!env.RESEND_API_KEY) {
    const rows = await db.capturedEmail.createManyAndReturn({
      data: emails.map((email) => ({
        to: email.to,
        from: env.EMAIL_FROM,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers ?? {},
      })),
      select: { id: true },
    });
    return rows.map((row) => ({ status: "sent", providerMessageId: row.id }));
  }

  const payload = emails.map((email) => ({
    from: env.EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
  }));
  const { data, error, headers } = await getResend().batch.send(payload, {
    idempotencyKey,
    batchValidation: "permissive",
  });
  if (error || !data) throw toMailError(`A batch of ${emails.length} emails`, error, headers);

  // Permissive answers list the sent emails in order, skipping the refused ones, which `errors` names by index.
  const refused = new Map((data.errors ?? []).map((entry) => [entry.index, entry.message]));
  const ids = [...data.data];
  return emails.map((_email, index): TEmailOutcome => {
    const reason = refused.get(index);
    if (reason !== undefined) return { status: "failed", reason: `Resend refused the email: ${reason}` };
    const sent = ids.shift();
    return sent
      ? { status: "sent", providerMessageId: sent.id }
      : { status: "failed", reason: "Resend returned no id for this email" };
  });
}
