// Tournament, match and ranking events (registration, match scheduled / result, bracket published,
// rankings changed): which teams' players hear about it, sent on as notification/requested. Retried;
// a redelivery or retry requests nothing twice (request ids derive from the event id; the send is memoized).
import { TOURNAMENT_NOTIFYING_EVENTS } from "@/lib/notifications/domain-events/request-notifications";
import { notifyOnDomainEventsFunction } from "@/inngest/notify-on-domain-events-function";

export const notifyOnTournamentEventFunction = notifyOnDomainEventsFunction(
  "notify-on-tournament-event",
  TOURNAMENT_NOTIFYING_EVENTS,
);
