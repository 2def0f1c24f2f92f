// The post-to-discord step: claim → call → record, with no HTTP call inside any transaction.
//  1. claim: PENDING → SENDING in one committed UPDATE (only one attempt can win it);
//  2. call: POST the payload fixed at claim time (`?wait=true`, 5 s timeout);
//  3. record: SENT with the message id, or FAILED with the reason; the request's deliveries follow.
// A definite non-delivery — 429, a 5xx answer, connection refused — puts the post back to PENDING and
// throws so Inngest retries: a 429 after Discord's `retry_after` (AppError.retryAfterMs, turned into
// RetryAfterError by inngest/fail-fast.ts), the rest with Inngest's backoff. An empty rate-limit
// bucket seen earlier on this webhook (webhook-rate-limit.ts) makes a too-early attempt wait the same
// way, before it posts.
// At most once: an attempt that finds the post SENDING cannot know whether the previous POST went out
// (it may have, and its record failed), so it never posts again — the post is recorded SENT,
// unconfirmed, with a reason an admin can read. A timeout means the same: Discord may have posted the
// message without answering in time. Posting again would ping every mentioned user twice; a lost
// post still reached them in-app and by email. 404/401: the webhook is gone — FAILED, and a team's
// webhook is marked broken and its captain told (mark-team-webhook-broken.ts).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TDiscordWebhookPayload } from "./build-webhook-payload";
import { markTeamWebhookBroken } from "./mark-team-webhook-broken";
import { postDiscordWebhook } from "./post-webhook";
import {
  recordFailed,
  recordSent,
  recordUnconfirmed,
  releaseForRetry,
  UNCONFIRMED_REASON,
  type TDiscordPostResult,
} from "./record-discord-post";
import { resolveWebhookUrl } from "./resolve-webhook-url";
import { readBlockedUntil, rememberRateLimit } from "./webhook-rate-limit";

export async function sendDiscordPost(postId: string): Promise<TDiscordPostResult> {
  const post = await db.discordPost.findUnique({
    where: { id: postId },
    select: {
      id: true,
      status: true,
      requestDedupKey: true,
      webhookKey: true,
      target: true,
      teamId: true,
      payload: true,
    },
  });
  if (!post) throw new AppError("INVALID_INPUT", `Discord post ${postId} does not exist.`);
  if (post.status === "SENT" || post.status === "FAILED")
    return { status: "SKIPPED", reason: `already ${post.status.toLowerCase()}` };
  if (post.status === "SENDING") return recordUnconfirmed(post, UNCONFIRMED_REASON);

  const blockedUntil = await readBlockedUntil(post.webhookKey);
  if (blockedUntil) {
    const waitMs = blockedUntil.getTime() - Date.now();
    throw new AppError(
      "UPSTREAM_UNAVAILABLE",
      `Discord webhook ${post.webhookKey} is rate limited for another ${waitMs} ms`,
      { retryAfterMs: waitMs },
    );
  }

  const webhook = await resolveWebhookUrl(post);
  if ("missing" in webhook) return recordFailed(post, webhook.missing);

  const claimed = await db.discordPost.updateMany({
    where: { id: post.id, status: "PENDING" },
    data: { status: "SENDING", attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return { status: "SKIPPED", reason: "another attempt is posting it" };

  // The payload is ours: written by claimDiscordPosts with buildWebhookPayload.
  const outcome = await postDiscordWebhook(webhook.url, post.payload as TDiscordWebhookPayload);
  switch (outcome.kind) {
    case "sent": {
      const result = await recordSent(post, outcome.messageId);
      await rememberRateLimit(post.webhookKey, outcome.rateLimit);
      return result;
    }
    case "unknown":
      return recordUnconfirmed(post, `unconfirmed: ${outcome.detail}; not posted again, so nobody gets it twice`);
    case "rate-limited":
      await rememberRateLimit(post.webhookKey, outcome.rateLimit, new Date(), outcome.retryAfterMs);
      await releaseForRetry(post, outcome.detail);
      throw new AppError("UPSTREAM_UNAVAILABLE", `${outcome.detail}; retrying after ${outcome.retryAfterMs} ms`, {
        retryAfterMs: outcome.retryAfterMs,
      });
    case "unavailable":
      await releaseForRetry(post, outcome.detail);
      throw new AppError("UPSTREAM_UNAVAILABLE", outcome.detail);
    case "gone":
      // Marked first: if recording failed after it, the captain has still been told.
      if (post.target === "TEAM" && post.teamId) await markTeamWebhookBroken(post.teamId, webhook.url);
      return recordFailed(post, `the Discord webhook was deleted (HTTP ${outcome.httpStatus})`);
    case "rejected":
      return recordFailed(post, outcome.detail);
  }
}
