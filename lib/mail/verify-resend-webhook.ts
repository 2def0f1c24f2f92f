// Resend signs every webhook call the Svix way (svix-id, svix-timestamp, svix-signature: HMAC-SHA256
// over id.timestamp.body with the endpoint's secret, timestamps older than 5 minutes refused). The
// check is Standard Webhooks' own library — the one Resend's SDK verifies with — never hand-rolled.
import { Webhook } from "standardwebhooks";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The verified JSON body; throws UNAUTHENTICATED for a missing or wrong signature. */
export function verifyResendWebhook(payload: string, headers: Headers): unknown {
  const secret = env.RESEND_WEBHOOK_SECRET;
  if (!secret) throw new AppError("NOT_FOUND", "Resend webhooks are not set up here (RESEND_WEBHOOK_SECRET).");
  const header = (name: string) => headers.get(`svix-${name}`) ?? headers.get(`webhook-${name}`) ?? "";
  try {
    return new Webhook(secret).verify(payload, {
      "webhook-id": header("id"),
      "webhook-timestamp": header("timestamp"),
      "webhook-signature": header("signature"),
    });
  } catch {
    throw new AppError("UNAUTHENTICATED", "Missing or wrong webhook signature.");
  }
}
