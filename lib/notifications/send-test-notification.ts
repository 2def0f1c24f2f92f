// "Send me a test notification" (settings page): one `system` notification for just this user, run
// through the notify pipeline's own steps in process — not via Inngest — so the page can say at once
// what happened on each channel and why. A retryable email/Discord error is reported (and the
// delivery closed as FAILED), never thrown: nobody retries a test. One test per user per 30 s.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";
import { CHANNEL_LABELS, NOTIFICATION_CATALOG, type TChannel } from "@/lib/notifications/catalog";
import { claimDiscordPosts } from "@/lib/notifications/discord/claim-discord-posts";
import { deliverEmailBatch } from "@/lib/notifications/email/deliver-email-batch";
import { planEmailBatches } from "@/lib/notifications/email/plan-email-batches";
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { getPreferencesForUsers } from "@/lib/notifications/preferences/get-preferences-for-users";
import { describeDigestEmail } from "@/lib/notifications/preferences/describe-email-mode";
import { resolveChannels, SKIP_REASONS } from "@/lib/notifications/preferences/resolve-channels";

export const TEST_NOTIFICATION_COOLDOWN_MS = 30_000;
export const TEST_NOTIFICATION_TITLE = "Test notification";

/** delivered: it reached you · skipped: chosen but not sent, with the reason · failed · off: you did not choose this channel. */
export type TTestOutcomeStatus = "delivered" | "skipped" | "failed" | "off";
export type TTestChannelOutcome = { channel: TChannel; status: TTestOutcomeStatus; detail: string; href?: string };
export type TTestNotificationResult = { notificationId: string; dedupKey: string; channels: TTestChannelOutcome[] };

const HOW: Record<TChannel, string> = { in_app: "in the app", email: "by email", discord: "on Discord" };
const NOUN: Record<TChannel, string> = { in_app: "in-app", email: "email", discord: "Discord" };
const SYSTEM_LABEL = NOTIFICATION_CATALOG.system.label;
const NO_DISCORD_CHANNEL = "no Discord channel carries this notification";

export async function sendTestNotification(userId: string, now = new Date()): Promise<TTestNotificationResult> {
  const prefs = (await getPreferencesForUsers([userId])).get(userId);
  if (!prefs) throw new AppError("NOT_FOUND", "That account does not exist.");
  await assertCooledDown(userId, now);

  const plan = resolveChannels("system", prefs, {
    hasVerifiedEmail: prefs.emailVerified,
    hasDiscord: prefs.discordUserId !== null,
  });
  const reach = plan.channels.map((channel) => HOW[channel]);
  const body = [
    "You asked for this test on your notification settings page.",
    reach.length > 0
      ? `With your current settings it should reach you ${joinWords(reach)}.`
      : `With your current settings it reaches no channel — it is only recorded.`,
    ...plan.skipped.map(({ channel, reason }) => `${CHANNEL_LABELS[channel]} is skipped: ${reason}.`),
  ].join(" ");
  const request: TNotificationRequest = {
    type: "system",
    recipientIds: [userId],
    title: TEST_NOTIFICATION_TITLE,
    body,
    url: "/notifications",
    dedupKey: `test:${userId}:${now.getTime()}`,
    teamId: null,
    data: { test: true },
  };

  await createNotifications(request, now);
  const emailError = await attempt(async () => {
    for (const batch of await planEmailBatches(request)) await deliverEmailBatch(batch.data.batchId);
  });
  // A `system` notification is never posted to a shared Discord channel (catalog): this only records
  // the Discord delivery as SKIPPED with the reason, and claims no post.
  const discordError = await attempt(() => claimDiscordPosts(request, now));

  const notification = await db.notification.findUniqueOrThrow({
    where: { userId_dedupKey: { userId, dedupKey: request.dedupKey } },
    select: { id: true, archivedAt: true },
  });
  // Close what a retryable error left PENDING, so the center never shows a test "still sending".
  for (const [channel, error] of [
    ["EMAIL", emailError],
    ["DISCORD", discordError],
  ] as const) {
    if (error) {
      const reason = `temporary error, not retried for a test: ${error}`.slice(0, 500);
      await db.delivery.updateMany({
        where: { notificationId: notification.id, channel, status: "PENDING" },
        data: { status: "FAILED", reason },
      });
      if (channel === "EMAIL")
        await db.emailBatch.updateMany({
          where: { deliveries: { some: { notificationId: notification.id } }, status: "PENDING" },
          data: { status: "FAILED", reason },
        });
    }
  }
  const deliveries = await db.delivery.findMany({
    where: { notificationId: notification.id },
    select: { channel: true, status: true, reason: true },
  });
  const deliveryOf = (channel: DeliveryChannel) => deliveries.find((row) => row.channel === channel) ?? null;

  const inApp: TTestChannelOutcome =
    notification.archivedAt === null
      ? { channel: "in_app", status: "delivered", detail: "In your notification center.", href: "/notifications" }
      : prefs.optOutInApp
        ? { channel: "in_app", status: "skipped", detail: capitalize(SKIP_REASONS.optOutInApp) + "." }
        : notChosen("in_app");

  return {
    notificationId: notification.id,
    dedupKey: request.dedupKey,
    channels: [
      inApp,
      !deliveryOf("EMAIL") && prefs.emailModes.system === "digest" && !prefs.optOutEmail
        ? { channel: "email", status: "off", detail: describeDigestEmail(SYSTEM_LABEL, prefs.digestTime) }
        : emailOutcome(deliveryOf("EMAIL"), prefs.email),
      discordOutcome(deliveryOf("DISCORD")),
    ],
  };
}

type TDeliveryRow = { status: DeliveryStatus; reason: string | null } | null;

function emailOutcome(delivery: TDeliveryRow, address: string | null): TTestChannelOutcome {
  if (!delivery) return notChosen("email");
  if (delivery.status === "SENT") {
    return env.RESEND_API_KEY
      ? { channel: "email", status: "delivered", detail: `Sent to ${address ?? "your address"}.` }
      : {
          channel: "email",
          status: "delivered",
          detail: `Captured for ${address ?? "your address"}, not sent: this deployment has no email provider (RESEND_API_KEY).`,
          href: env.isDevelopment ? "/dev/mailbox" : undefined,
        };
  }
  return fromDelivery("email", delivery);
}

function discordOutcome(delivery: TDeliveryRow): TTestChannelOutcome {
  if (!delivery) return notChosen("discord");
  if (delivery.status === "SENT")
    return { channel: "discord", status: "delivered", detail: "Posted to Discord, mentioning you." };
  if (delivery.status === "SKIPPED" && delivery.reason === NO_DISCORD_CHANNEL) {
    return {
      channel: "discord",
      status: "skipped",
      detail:
        "Not posted: Discord only carries team and public news (where you are mentioned), and a test is never posted to a shared channel.",
    };
  }
  return fromDelivery("discord", delivery);
}

function fromDelivery(channel: TChannel, delivery: NonNullable<TDeliveryRow>): TTestChannelOutcome {
  const status = delivery.status === "SKIPPED" ? "skipped" : "failed";
  return {
    channel,
    status,
    detail: `${capitalize(delivery.reason ?? (status === "failed" ? "it could not be sent" : "not sent"))}.`,
  };
}

function notChosen(channel: TChannel): TTestChannelOutcome {
  return { channel, status: "off", detail: `You have not chosen ${NOUN[channel]} for ${SYSTEM_LABEL.toLowerCase()}.` };
}

async function assertCooledDown(userId: string, now: Date): Promise<void> {
  const recent = await db.notification.findFirst({
    where: {
      userId,
      type: "system",
      dedupKey: { startsWith: `test:${userId}:` },
      createdAt: { gt: new Date(now.getTime() - TEST_NOTIFICATION_COOLDOWN_MS) },
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (!recent) return;
  const seconds = Math.max(
    1,
    Math.ceil((recent.createdAt.getTime() + TEST_NOTIFICATION_COOLDOWN_MS - now.getTime()) / 1000),
  );
  throw new AppError("CONFLICT", `You just sent a test notification. Try again in ${seconds} s.`);
}

/** The error message of a retryable failure, or null when `fn` succeeded. Permanent errors still throw. */
async function attempt(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    if (error instanceof AppError && error.isRetryable) return error.message;
    throw error;
  }
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
