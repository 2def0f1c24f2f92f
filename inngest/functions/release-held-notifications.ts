// notification/quiet-hours.release-requested (from notify, id `quiet-release:<userId>:<releaseAt>`):
// sleeps until the user's quiet hours end, then sends their held email that still matters through
// the send-email-batch path and their held Discord mentions in one post per webhook (post-to-discord),
// and records the rest as SKIPPED with the reason. Idempotent per user and
// window end (event id; releasing twice finds nothing HELD).
import { releaseHeldDeliveries } from "@/lib/notifications/quiet-hours/release-held-deliveries";
import { inngest } from "@/inngest/client";
import { quietHoursReleaseRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const releaseHeldNotificationsFunction = inngest.createFunction(
  { id: "release-held-notifications", triggers: [quietHoursReleaseRequested], retries: 8 },
  async ({ event, step }) => {
    await step.sleepUntil("wait-for-quiet-hours-end", new Date(event.data.releaseAt));
    const released = await step.run("release-held-deliveries", () =>
      failFastOnBadInput(() => releaseHeldDeliveries(event.data)),
    );
    if (released.batches.length) await step.sendEvent("send-email-batches", released.batches);
    if (released.discordPosts.length) await step.sendEvent("post-discord-mentions", released.discordPosts);
    const { emailed, mentioned, skipped, batches, discordPosts } = released;
    return { emailed, mentioned, skipped, emailBatches: batches.length, discordPosts: discordPosts.length };
  },
);
