// notification/requested: resolve each recipient's channels, write the in-app rows, then email and
// Discord in parallel — each channel its own steps, so a failing one never blocks the other. A
// redelivered request notifies nobody twice (per-user dedup key, delivery rows, Discord post claims).
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import { postNotificationToDiscord } from "@/lib/notifications/notify/post-to-discord";
import { NOTIFY_RETRIES, sendEmailBatch, type TEmailBatchResult } from "@/lib/notifications/notify/send-email-batch";
import { inngest } from "@/inngest/client";
import { notificationRequested } from "@/inngest/events";

/** Enough batches for the largest request (10,000 recipients / 50 per batch), plus slack. */
const MAX_EMAIL_BATCHES = 250;

export const notifyFunction = inngest.createFunction(
  { id: "notify", triggers: [notificationRequested], retries: NOTIFY_RETRIES },
  async ({ event, step }) => {
    const request = event.data;
    const inApp = await step.run("create-notifications", () => createNotifications(request));

    const sendEmails = async () => {
      const total: TEmailBatchResult = { sent: 0, failed: 0, retrying: 0, remaining: inApp.emailPending };
      for (let batch = 0; batch < MAX_EMAIL_BATCHES && total.remaining > 0; batch++) {
        const result = await step.run(`send-emails-${batch}`, () => sendEmailBatch(request.dedupKey, request.recipientIds));
        total.sent += result.sent;
        total.failed += result.failed;
        total.remaining = result.remaining;
      }
      return total;
    };
    const [email, discord] = await Promise.all([sendEmails(), step.run("post-to-discord", () => postNotificationToDiscord(request))]);
    return { inApp, email, discord };
  },
);
