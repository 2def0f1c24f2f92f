// The app's way to send one email now (sign-in links: a person is waiting for it). Notifications
// and digests go through the batch path instead (lib/mail/send-emails.ts, throttled by Inngest).
// With RESEND_API_KEY: the Resend SDK (RESEND_BASE_URL points it elsewhere, e.g. a local stand-in).
// Without it: the message is captured in the database (CapturedEmail) and shown in the development
// mailbox — never silently dropped. (Production refuses to start without the key: lib/env.ts.)
import { db, type DbClient } from "@/lib/db";
import { env } from "@/lib/env";
import { getResend, toMailError } from "./resend-client";

export type TEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Resend keeps it 24 h: a retried send with the same key is not delivered twice. */
  idempotencyKey?: string;
};

export type TSentEmail = { id: string; transport: "resend" | "captured" };

export async function sendEmail(email: TEmail, client: DbClient = db): Promise<TSentEmail> {
  if (!env.RESEND_API_KEY) {
    const captured = await client.capturedEmail.create({
      data: {
        to: email.to,
        from: env.EMAIL_FROM,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers ?? {},
      },
      select: { id: true },
    });
    return { id: captured.id, transport: "captured" };
  }
  const { data, error, headers } = await getResend().emails.send(
    {
      from: env.EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers,
    },
    email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
  );
  if (error || !data) throw toMailError(`Email to ${email.to}`, error, headers);
  return { id: data.id, transport: "resend" };
}
