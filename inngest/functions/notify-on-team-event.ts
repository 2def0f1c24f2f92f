// Team events (invite sent / accepted, roster changed, achievement, sponsor approved, promotion
// started): who on the team hears about it, sent on as notification/requested. Retried; a redelivery
// or retry requests nothing twice (request ids derive from the event id; the send is memoized).
import { TEAM_NOTIFYING_EVENTS } from "@/lib/notifications/domain-events/request-notifications";
import { notifyOnDomainEventsFunction } from "@/inngest/notify-on-domain-events-function";

export const notifyOnTeamEventFunction = notifyOnDomainEventsFunction("notify-on-team-event", TEAM_NOTIFYING_EVENTS);
