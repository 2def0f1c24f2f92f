// announcement/created: fans the announcement out to its audience as notification/requested in
// chunks of 1,000 (through the outbox) and records the recipient count and sentAt. Idempotent per
// announcement: a retry, a redelivery or a concurrent run requests nobody twice.
import { fanOutAnnouncement } from "@/lib/notifications/announcements/fan-out-announcement";
import { inngest } from "@/inngest/client";
import { announcementCreated } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const sendAnnouncementFunction = inngest.createFunction(
  { id: "send-announcement", triggers: [announcementCreated], retries: 4 },
  async ({ event, step }) => step.run("fan-out", () => failFastOnBadInput(() => fanOutAnnouncement(event.data.announcementId))),
);
