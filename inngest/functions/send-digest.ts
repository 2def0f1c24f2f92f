// digest/user.due: one user's daily digest for one local date — at most once (claimed row +
// idempotency key), nothing when empty. Ten at a time, to stay inside the mail provider's rate.
import { sendDigest } from "@/lib/notifications/digest/send-digest";
import { inngest } from "@/inngest/client";
import { digestUserDue } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const sendDigestFunction = inngest.createFunction(
  { id: "send-digest", triggers: [digestUserDue], concurrency: { limit: 10 }, retries: 4 },
  async ({ event, step }) => step.run("send-digest", () => failFastOnBadInput(() => sendDigest(event.data))),
);
