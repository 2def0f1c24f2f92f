// The outcomes of one Discord post, each one committed UPDATE guarded by the status it leaves (so a
// late or repeated attempt cannot undo a settled post), then the request's Delivery rows settled.
import { db } from "@/lib/db";
import { settleDiscordDeliveries } from "./settle-discord-deliveries";

/** Longest reason kept on a post (Discord's error details can be long). */
const MAX_REASON_LENGTH = 500;

/** Why a post is SENT without a message id: an attempt started the POST but its outcome never got recorded. */
export const UNCONFIRMED_REASON =
  "unconfirmed: an earlier attempt started posting but its outcome was not recorded; not posted again, so nobody gets it twice";

export type TDiscordPostRef = { id: string; requestDedupKey: string };

export type TDiscordPostResult =
  | { status: "SENT"; messageId: string | null; reason: string | null }
  | { status: "FAILED"; reason: string }
  | { status: "SKIPPED"; reason: string };

/** SENDING → SENT with Discord's message id (also confirms a post recorded unconfirmed meanwhile). */
export async function recordSent(
  post: TDiscordPostRef,
  messageId: string | null,
  now = new Date(),
): Promise<TDiscordPostResult> {
  await db.discordPost.updateMany({
    where: { id: post.id, status: { in: ["SENDING", "SENT"] } },
    data: { status: "SENT", providerMessageId: messageId, sentAt: now, reason: null },
  });
  await settleDiscordDeliveries(post.requestDedupKey, now);
  return { status: "SENT", messageId, reason: null };
}

/** SENDING → SENT without a message id: it may have gone out, and posting again could make it twice. */
export async function recordUnconfirmed(
  post: TDiscordPostRef,
  reason: string,
  now = new Date(),
): Promise<TDiscordPostResult> {
  const text = reason.slice(0, MAX_REASON_LENGTH);
  await db.discordPost.updateMany({
    where: { id: post.id, status: "SENDING" },
    data: { status: "SENT", sentAt: now, reason: text },
  });
  await settleDiscordDeliveries(post.requestDedupKey, now);
  return { status: "SENT", messageId: null, reason: text };
}

/** PENDING or SENDING → FAILED: certainly not posted, and retrying cannot change that. */
export async function recordFailed(
  post: TDiscordPostRef,
  reason: string,
  now = new Date(),
): Promise<TDiscordPostResult> {
  const text = reason.slice(0, MAX_REASON_LENGTH);
  await db.discordPost.updateMany({
    where: { id: post.id, status: { in: ["PENDING", "SENDING"] } },
    data: { status: "FAILED", reason: text },
  });
  await settleDiscordDeliveries(post.requestDedupKey, now);
  return { status: "FAILED", reason: text };
}

/** SENDING → PENDING: certainly not posted (429, 5xx, connection refused); the next attempt may post it. */
export async function releaseForRetry(post: TDiscordPostRef, reason: string): Promise<void> {
  await db.discordPost.updateMany({
    where: { id: post.id, status: "SENDING" },
    data: { status: "PENDING", reason: `retrying: ${reason}`.slice(0, MAX_REASON_LENGTH) },
  });
}
