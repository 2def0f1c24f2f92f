// The app's one way to send mail. With RESEND_API_KEY: the Resend SDK (RESEND_BASE_URL points it
// elsewhere, e.g. a local stand-in). Without it: the message is captured in the database
// (CapturedEmail) and shown in the development mailbox — never silently dropped.
import { Resend } from "resend";
import { db, type DbClient } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

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

let resend: Resend | undefined;

export async function sendEmail(email: TEmail, client: DbClient = db): Promise<TSentEmail> {
  if (!env.RESEND_API_KEY) {
    if (env.isProduction) console.warn(`RESEND_API_KEY is not set: "${email.subject}" was captured, not sent.`);
    const captured = await client.capturedEmail.create({
      data: { to: email.to, from: env.EMAIL_FROM, subject: email.subject, html: email.html, text: email.text, headers: email.headers ?? {} },
      select: { id: true },
    });
    return { id: captured.id, transport: "captured" };
  }
  // Created lazily: `new Resend()` throws without a key, which would break `next build`.
  resend ??= new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
  const { data, error } = await resend.emails.send(
    { from: env.EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
    email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
  );
  if (error || !data) {
    const status = error && "statusCode" in error ? Number(error.statusCode) : undefined;
    const isPermanent = status !== undefined && status >= 400 && status < 500 && status !== 429;
    throw new AppError(isPermanent ? "INVALID_INPUT" : "UPSTREAM_UNAVAILABLE", `Email to ${email.to} failed: ${error?.message ?? "no response"}`);
  }
  return { id: data.id, transport: "resend" };
}
