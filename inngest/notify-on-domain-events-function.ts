// An Inngest function that turns domain events into notification requests
// (lib/notifications/domain-events/request-notifications.ts): one step plans them — reads only, so a
// retry simply plans again — and step.sendEvent sends them. The send is memoized and every request
// has an id derived from the domain event's id, so a retried run or a redelivered event requests
// nothing twice (Inngest drops a repeated event id for 24 h). Each function hears one family of
// events: Inngest refuses a function with more than 10 triggers (inngest/registration.contract.test.ts).
import type { EventType, StandardSchemaV1 } from "inngest";
import { planNotificationRequests } from "@/lib/notifications/domain-events/request-notifications";
import { inngest } from "./client";
import { failFastOnBadInput } from "./fail-fast";

type TNotifyingEvent = EventType<string, StandardSchemaV1<Record<string, unknown>>>;

export function notifyOnDomainEventsFunction(id: string, triggers: readonly TNotifyingEvent[]) {
  return inngest.createFunction({ id, triggers: [...triggers], retries: 4 }, async ({ event, step }) => {
    const requests = await step.run("plan-notification-requests", () =>
      failFastOnBadInput(() => planNotificationRequests({ name: event.name, data: event.data, id: event.id })),
    );
    if (requests.length > 0) await step.sendEvent("request-notifications", requests);
    return {
      requests: requests.length,
      recipients: requests.reduce((sum, request) => sum + request.data.recipientIds.length, 0),
    };
  });
}
