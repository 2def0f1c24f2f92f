// post-to-discord's onFailure: the function ran out of retries (Discord kept answering 5xx or 429,
// or the database kept failing). A post still PENDING was certainly not posted: FAILED with the last
// error. One left SENDING may have been posted: SENT, unconfirmed, never FAILED. Either way the
// request's Delivery rows are settled, so nothing stays PENDING for ever.
import { db } from "@/lib/db";
import { recordFailed, recordUnconfirmed, UNCONFIRMED_REASON, type TDiscordPostResult } from "./record-discord-post";

export async function recordDiscordPostFailure(postId: string, error: string): Promise<TDiscordPostResult> {
  const post = await db.discordPost.findUnique({
    where: { id: postId },
    select: { id: true, status: true, requestDedupKey: true },
  });
  if (!post) return { status: "SKIPPED", reason: `Discord post ${postId} does not exist` };
  if (post.status === "SENDING") return recordUnconfirmed(post, UNCONFIRMED_REASON);
  if (post.status === "PENDING") return recordFailed(post, `gave up: ${error}`);
  return { status: "SKIPPED", reason: `already ${post.status.toLowerCase()}` };
}
