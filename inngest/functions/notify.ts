// notification/requested: resolve each recipient's channels and write the in-app rows, then hand
// email to provider batches (send-email-batch, throttled to the provider's rate) and Discord to one
// claimed post per webhook (post-to-discord, throttled per webhook) — each channel its own steps,
// so a failing one never blocks the other. A redelivered request notifies nobody twice (per-user
// dedup key, fixed batches, claimed posts, deterministic event ids); giving up marks what is left FAILED.
// Email and Discord mentions inside a recipient's quiet hours are HELD: one release request per user
// and window end goes to release-held-notifications, which sends them when the window ends.
import { claimDiscordPosts } from "@/lib/notifications/discord/claim-discord-posts";
import { planEmailBatches } from "@/lib/notifications/email/plan-email-batches";
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import { failUndeliveredNotifications } from "@/lib/notifications/notify/fail-undelivered-notifications";
import { quietReleaseEventsFor } from "@/lib/notifications/quiet-hours/hold-until";
import { inngest } from "@/inngest/client";
import { notificationRequested } from "@/inngest/events";

export const NOTIFY_RETRIES = 4;

export const notifyFunction = inngest.createFunction(
  {
    id: "notify",
    triggers: [notificationRequested],
    retries: NOTIFY_RETRIES,
    onFailure: async ({ event, error, step }) => {
      const request = notificationRequested.schema.parse(event.data.event.data);
      return step.run("fail-undelivered", () => failUndeliveredNotifications(request, error.message));
    },
  },
  async ({ event, step }) => {
    const request = event.data;
    const inApp = await step.run("create-notifications", () => createNotifications(request));

    const sendEmails = async () => {
      const batches = await step.run("plan-email-batches", () => planEmailBatches(request));
      if (batches.length) await step.sendEvent("send-email-batches", batches);
      return batches.length;
    };
    const postToDiscord = async () => {
      const discordPosts = await step.run("claim-discord-posts", () => claimDiscordPosts(request));
      if (discordPosts.length) await step.sendEvent("request-discord-posts", discordPosts);
      return discordPosts.length;
    };
    const holdForQuietHours = async () => {
      const releases = quietReleaseEventsFor(inApp.held);
      if (releases.length) await step.sendEvent("request-quiet-hours-releases", releases);
      return releases.length;
    };
    const [emailBatches, discordPosts, quietReleases] = await Promise.all([
      sendEmails(),
      postToDiscord(),
      holdForQuietHours(),
    ]);
    return { inApp, emailBatches, discordPosts, quietReleases };
  },
);
