// Every domain event that people hear about (invites, roster, registrations, matches, brackets,
// rankings, achievements, sponsors, promotions): who is told and what they read, sent on as
// notification/requested. Redelivery-safe: the requests' ids derive from the event id.
import { NOTIFYING_EVENTS, requestNotifications } from "@/lib/notifications/domain-events/request-notifications";
import { inngest } from "@/inngest/client";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const notifyOnDomainEventFunction = inngest.createFunction(
  { id: "notify-on-domain-event", triggers: [...NOTIFYING_EVENTS], retries: 4 },
  async ({ event, step }) =>
    step.run("request-notifications", () => failFastOnBadInput(() => requestNotifications({ name: event.name, data: event.data, id: event.id }))),
);
