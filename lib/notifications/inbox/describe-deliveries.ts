// "Where did this go, and why?" — one short note per delivery of a notification, from its
// Delivery rows: "Emailed", "Email skipped: you turned off all email", "Posted to Discord",
// "Email failed: …", "Email pending". Pure, so the center, the bell and tests read the same words.
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";

export type TDeliveryInput = {
  channel: DeliveryChannel;
  status: DeliveryStatus;
  reason: string | null;
};

export type TDeliveryTone = "success" | "neutral" | "warning" | "danger";

export type TDeliveryNote = {
  channel: TDeliveryInput["channel"];
  status: TDeliveryInput["status"];
  text: string;
  tone: TDeliveryTone;
};

/** Reasons come from our own pipeline, but provider errors can be long: keep the note one line. */
export const MAX_REASON_LENGTH = 120;

const CHANNEL = {
  EMAIL: {
    name: "Email",
    sent: "Emailed",
    pending: "Email pending",
    held: "Email held for your quiet hours",
    failed: "Email failed",
    skipped: "Email skipped",
  },
  DISCORD: {
    name: "Discord",
    sent: "Posted to Discord",
    pending: "Discord post pending",
    held: "Discord mention held for your quiet hours",
    failed: "Discord post failed",
    skipped: "Discord skipped",
  },
} as const;

/** Channel order on screen: email first, then Discord. */
const ORDER: Record<TDeliveryInput["channel"], number> = { EMAIL: 0, DISCORD: 1 };

function withReason(label: string, reason: string | null): string {
  const text = reason?.replace(/\s+/g, " ").trim();
  if (!text) return label;
  return `${label}: ${text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1).trimEnd()}…` : text}`;
}

export function describeDelivery(delivery: TDeliveryInput): TDeliveryNote {
  const words = CHANNEL[delivery.channel];
  const note = { channel: delivery.channel, status: delivery.status };
  switch (delivery.status) {
    case "SENT":
      // Handed over; a reason says more ("delayed by the receiving mail server", "posted without mentioning you").
      return { ...note, text: withReason(words.sent, delivery.reason), tone: "success" };
    case "DELIVERED":
      return { ...note, text: "Email delivered", tone: "success" };
    case "BOUNCED":
      return { ...note, text: withReason("Email bounced", delivery.reason), tone: "danger" };
    case "COMPLAINED":
      return { ...note, text: "Email marked as spam", tone: "danger" };
    case "SKIPPED":
      return { ...note, text: withReason(words.skipped, delivery.reason), tone: "neutral" };
    case "FAILED":
      return { ...note, text: withReason(words.failed, delivery.reason), tone: "danger" };
    case "HELD":
      return { ...note, text: withReason(words.held, delivery.reason), tone: "neutral" };
    case "PENDING":
      // A pending delivery with a reason is between attempts ("retrying: timeout").
      return delivery.reason
        ? { ...note, text: withReason(words.pending, delivery.reason), tone: "warning" }
        : { ...note, text: words.pending, tone: "neutral" };
  }
}

/** One note per delivery, email before Discord. No deliveries: the notification was in-app only. */
export function describeDeliveries(deliveries: readonly TDeliveryInput[]): TDeliveryNote[] {
  return [...deliveries].sort((a, b) => ORDER[a.channel] - ORDER[b.channel]).map(describeDelivery);
}
