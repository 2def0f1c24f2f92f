// Cron OUTBOX_SWEEP_CRON (UTC), a singleton — a tick while a sweep runs is skipped:
// sends the outbox rows that are due (Inngest was down or refused them, or the process died after
// commit), then prunes rows sent over a week ago. Inngest ignores a repeated event id, so a resend
// never doubles work. Not recorded as an AutomationRun: it is plumbing.
import { cron } from "inngest";
import { pruneOutbox } from "@/lib/outbox/prune-outbox";
import { OUTBOX_SWEEP_CRON, relayOutbox } from "@/lib/outbox/relay-outbox";
import { inngest } from "@/inngest/client";

export const relayOutboxFunction = inngest.createFunction(
  {
    id: "relay-outbox",
    triggers: [cron(`TZ=UTC ${OUTBOX_SWEEP_CRON}`)],
    singleton: { mode: "skip" },
    retries: 2,
    // A sweep that cannot start or finish within its period is superseded by the next tick; rows it
    // claimed are due again when their lease ends (lib/outbox/relay-outbox.ts).
    timeouts: { start: "5m", finish: "5m" },
  },
  async ({ step }) => {
    const relayed = await step.run("relay-outbox", () => relayOutbox());
    const pruned = await step.run("prune-outbox", () => pruneOutbox());
    return { ...relayed, pruned: pruned.deletedCount };
  },
);
