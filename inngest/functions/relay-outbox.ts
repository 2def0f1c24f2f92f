// Cron * * * * * UTC: resends outbox events that were committed but not accepted by Inngest (it was
// down, or the process died after commit). Inngest ignores a repeated event id, so a resend never
// doubles work. Not recorded as an AutomationRun: it is plumbing, and runs every minute.
import { cron } from "inngest";
import { relayOutbox } from "@/lib/events/relay-outbox";
import { inngest } from "@/inngest/client";

export const relayOutboxFunction = inngest.createFunction(
  { id: "relay-outbox", triggers: [cron("TZ=UTC * * * * *")], concurrency: { limit: 1 }, retries: 2 },
  async ({ step }) => step.run("relay-outbox", () => relayOutbox()),
);
