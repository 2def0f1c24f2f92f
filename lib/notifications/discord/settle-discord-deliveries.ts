// The Discord Delivery rows of one notification request follow its posts (one per webhook): SENT as
// soon as one post went out — it carries every mention — and FAILED, with the posts' reasons, once
// every post failed. While a post is still on its way they stay PENDING; the run that settles that
// post calls this again (so does its onFailure), so none stays PENDING for ever. Only PENDING rows
// change: safe to call any number of times, from any chunk of the request. A quiet-hours release post
// (claim-release-mentions.ts) settles the deliveries that name it in `releasePostKey` the same way.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDiscordWebhookPayload } from "./build-webhook-payload";

/** Said of a recipient who chose Discord but is not in the post (over Discord's mention limit, or added after it was prepared). */
export const NOT_MENTIONED_REASON =
  "posted without mentioning you (too many people to mention, or added after the post was prepared)";

export type TDiscordDeliveryOutcome = "SENT" | "FAILED" | "OPEN";

export async function settleDiscordDeliveries(
  requestDedupKey: string,
  now = new Date(),
): Promise<TDiscordDeliveryOutcome> {
  const posts = await db.discordPost.findMany({
    where: { requestDedupKey },
    select: { status: true, reason: true, providerMessageId: true, payload: true },
    orderBy: { createdAt: "asc" },
  });
  const sent = posts.filter((post) => post.status === "SENT");

  if (sent.length > 0) {
    // A confirmed post (no reason) speaks for the deliveries; else the unconfirmed one, with its reason.
    const best = sent.find((post) => post.reason === null) ?? sent[0];
    // The payload is ours, written by claimDiscordPosts with buildWebhookPayload.
    const mentioned = [
      ...new Set(sent.flatMap((post) => (post.payload as TDiscordWebhookPayload).allowed_mentions?.users ?? [])),
    ];
    const set = Prisma.sql`status = 'SENT', "sentAt" = ${now}, "providerMessageId" = ${best?.providerMessageId ?? null}, attempts = d.attempts + 1, "updatedAt" = ${now},
          reason = CASE WHEN u."discordUserId" = ANY(${mentioned}::text[]) THEN ${best?.reason ?? null} ELSE ${NOT_MENTIONED_REASON} END`;
    // Two statements, each on its own index: the request's deliveries, and those a quiet-hours release post carries.
    await db.$executeRaw`
      UPDATE "Delivery" d SET ${set} FROM "Notification" n JOIN "User" u ON u.id = n."userId"
      WHERE d."notificationId" = n.id AND n."dedupKey" = ${requestDedupKey} AND d."releasePostKey" IS NULL
        AND d.channel = 'DISCORD' AND d.status = 'PENDING'`;
    await db.$executeRaw`
      UPDATE "Delivery" d SET ${set} FROM "Notification" n JOIN "User" u ON u.id = n."userId"
      WHERE d."notificationId" = n.id AND d."releasePostKey" = ${requestDedupKey} AND d.channel = 'DISCORD' AND d.status = 'PENDING'`;
    return "SENT";
  }

  if (posts.length > 0 && posts.every((post) => post.status === "FAILED")) {
    const reason = [...new Set(posts.map((post) => post.reason ?? "the Discord post failed"))].join("; ").slice(0, 500);
    const data = { status: "FAILED", reason, attempts: { increment: 1 } } as const;
    await db.delivery.updateMany({
      where: {
        channel: "DISCORD",
        status: "PENDING",
        releasePostKey: null,
        notification: { dedupKey: requestDedupKey },
      },
      data,
    });
    await db.delivery.updateMany({
      where: { channel: "DISCORD", status: "PENDING", releasePostKey: requestDedupKey },
      data,
    });
    return "FAILED";
  }
  return "OPEN";
}
