// announcement/created: the audience, one keyset page per step, as notification/requested events
// of at most NOTIFICATION_REQUEST_MAX_RECIPIENTS recipients sent with step.sendEvent; then the recipient count and sentAt. Bounded
// memory and step output at any audience size. Once per announcement: a sent one plans nothing;
// fixed event ids per page and chunk, and notify's per-user dedup, make retries notify nobody twice.
import { chunkForSend } from "@/lib/outbox/inngest-limits";
import {
  getAnnouncementToSend,
  planAnnouncementPage,
  recordAnnouncementSent,
} from "@/lib/notifications/announcements/fan-out-announcement";
import { inngest } from "@/inngest/client";
import { announcementCreated } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";
import { JOB_TIMEOUTS } from "@/inngest/scheduled-job-function";

export const sendAnnouncementFunction = inngest.createFunction(
  { id: "send-announcement", triggers: [announcementCreated], retries: 4, timeouts: JOB_TIMEOUTS },
  async ({ event, step }) => {
    const { announcementId } = event.data;
    const toSend = await step.run("check-announcement", () =>
      failFastOnBadInput(() => getAnnouncementToSend(announcementId)),
    );
    if (toSend.alreadySent) return toSend;

    let recipientCount = 0;
    let requests = 0;
    for (let page = 0, after: string | null = null; ; page++) {
      const planned = await step.run(`plan-requests-${page}`, () =>
        failFastOnBadInput(() => planAnnouncementPage(announcementId, page, after)),
      );
      for (const [index, events] of chunkForSend(planned.events).entries())
        await step.sendEvent(`request-notifications-${page}-${index}`, events);
      recipientCount += planned.recipients;
      requests += planned.events.length;
      if (!planned.nextAfter) break;
      after = planned.nextAfter;
    }
    await step.run("record-sent", () => recordAnnouncementSent(announcementId, recipientCount));
    return { alreadySent: false, recipientCount, requests };
  },
);
