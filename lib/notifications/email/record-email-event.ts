// What Resend tells us after it took an email (its webhooks, verified in app/api/webhooks/resend):
// - email.delivered → the Delivery is DELIVERED;
// - email.delivery_delayed → still SENT, with Resend's reason (the player sees "Emailed: delayed …");
// - email.bounced → BOUNCED with the bounce message; a permanent (hard) bounce also turns email off;
// - email.complained (marked as spam) → COMPLAINED, and email off.
// Turning email off is the unsubscribe link's "all" (apply-unsubscribe.ts), and the player is told in
// the app why and where to turn it back on — once per message. Statuses only move forward
// (SENT → DELIVERED → BOUNCED/COMPLAINED), so replayed and out-of-order webhooks change nothing.
// Other events, and messages that are not a notification's email (digests, sign-in links), are ignored.
import { z } from "zod";
import { db } from "@/lib/db";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { applyUnsubscribe } from "@/lib/notifications/unsubscribe/apply-unsubscribe";

const ZEmailEvent = z.object({
  type: z.string(),
  data: z.object({
    email_id: z.string().min(1).max(200),
    bounce: z.object({ type: z.string(), message: z.string().optional() }).optional(),
  }),
});

export type TEmailEventResult =
  | { outcome: "ignored"; reason: string }
  | { outcome: "recorded"; status: DeliveryStatus; changed: boolean; emailTurnedOff: boolean };

/** Where each event may move a Delivery from, and to what. */
const TRANSITIONS: Record<string, { from: DeliveryStatus[]; to: DeliveryStatus; turnsEmailOff: boolean }> = {
  "email.delivered": { from: ["SENT"], to: "DELIVERED", turnsEmailOff: false },
  "email.delivery_delayed": { from: ["SENT"], to: "SENT", turnsEmailOff: false },
  "email.bounced": { from: ["SENT", "DELIVERED"], to: "BOUNCED", turnsEmailOff: false },
  "email.complained": { from: ["SENT", "DELIVERED", "BOUNCED"], to: "COMPLAINED", turnsEmailOff: true },
};

const REASONS: Record<string, string> = {
  "email.delivery_delayed": "delayed by the receiving mail server; Resend keeps trying",
  "email.complained": "marked as spam by the reader",
};

export async function recordEmailEvent(payload: unknown): Promise<TEmailEventResult> {
  const parsed = ZEmailEvent.safeParse(payload);
  if (!parsed.success) return { outcome: "ignored", reason: "not an email event" };
  const { type, data } = parsed.data;
  const transition = TRANSITIONS[type];
  if (!transition) return { outcome: "ignored", reason: `${type} is not tracked` };

  const delivery = await db.delivery.findFirst({
    where: { providerMessageId: data.email_id, channel: "EMAIL" },
    select: { id: true, notification: { select: { userId: true } } },
  });
  if (!delivery) return { outcome: "ignored", reason: "no notification email with this id" };

  const isHardBounce = type === "email.bounced" && data.bounce?.type === "Permanent";
  const reason = type === "email.bounced" ? bounceReason(data.bounce) : (REASONS[type] ?? null);
  const { count } = await db.delivery.updateMany({
    where: { id: delivery.id, status: { in: transition.from } },
    data: { status: transition.to, reason },
  });
  const emailTurnedOff = transition.turnsEmailOff || isHardBounce;
  if (emailTurnedOff) await turnEmailOff(delivery.notification.userId, data.email_id, type);
  return { outcome: "recorded", status: transition.to, changed: count > 0, emailTurnedOff };
}

function bounceReason(bounce: { type: string; message?: string } | undefined): string {
  const kind = bounce?.type === "Permanent" ? "the address does not accept mail" : "the mailbox refused it for now";
  return bounce?.message ? `${kind} (${bounce.message})` : kind;
}

async function turnEmailOff(userId: string, emailId: string, type: string): Promise<void> {
  const { changed } = await applyUnsubscribe({ userId, scope: "all" });
  if (!changed) return;
  const why =
    type === "email.complained"
      ? "one of our emails was marked as spam"
      : "our email to your address bounced (the address does not accept mail)";
  await db.notification.createMany({
    data: [
      {
        userId,
        type: "system",
        title: "We stopped emailing you",
        body: `We turned email off because ${why}. Check your address, then turn email back on in your notification settings.`,
        url: "/settings/notifications",
        dedupKey: `email-turned-off:${emailId}`,
      },
    ],
    skipDuplicates: true,
  });
}
