// discord/post.requested: one claimed Discord post, posted at most once (claim → call → record, lib/notifications/discord/send-discord-post.ts); throttled per webhook (DISCORD_POST_THROTTLE), 429 → RetryAfterError, never PENDING for ever (onFailure).
import { DISCORD_POST_RETRIES, DISCORD_POST_THROTTLE } from "@/lib/notifications/discord/discord-post-limits";
import { recordDiscordPostFailure } from "@/lib/notifications/discord/record-discord-post-failure";
import { sendDiscordPost } from "@/lib/notifications/discord/send-discord-post";
import { inngest } from "@/inngest/client";
import { discordPostRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const postToDiscordFunction = inngest.createFunction(
  {
    id: "post-to-discord",
    triggers: [discordPostRequested],
    retries: DISCORD_POST_RETRIES,
    // One key per webhook ("platform" / "team:<id>"): Discord's limits are per webhook and channel.
    throttle: { key: "event.data.webhookKey", ...DISCORD_POST_THROTTLE },
    onFailure: async ({ event, error, step }) =>
      step.run("record-failure", () => recordDiscordPostFailure(event.data.event.data.postId, error.message)),
  },
  async ({ event, step }) => step.run("post", () => failFastOnBadInput(() => sendDiscordPost(event.data.postId))),
);
