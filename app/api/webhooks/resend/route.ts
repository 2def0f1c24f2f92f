// POST /api/webhooks/resend — Resend's delivery events (delivered, delayed, bounced, marked as spam),
// signed with RESEND_WEBHOOK_SECRET. Verified on the raw body, then recorded against the
// notification's email (lib/notifications/email/record-email-event.ts). Answers 200 for anything
// verified, tracked or not, so Resend does not retry what we chose to ignore; 401 unsigned.
import { errorResponse } from "@/lib/http/error-response";
import { verifyResendWebhook } from "@/lib/mail/verify-resend-webhook";
import { recordEmailEvent } from "@/lib/notifications/email/record-email-event";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const event = verifyResendWebhook(await request.text(), request.headers);
    return Response.json(await recordEmailEvent(event));
  } catch (error) {
    return errorResponse(error);
  }
}
