// Turns a domain event into notification requests (the specification's signal handlers): who hears about it
// and what they read. It only reads: the requests come back as notification/requested events for
// the calling Inngest function to send with step.sendEvent (the outbox is for the request path).
// Their ids derive from the domain event's id, so a redelivered event or a retried send requests
// nothing twice (Inngest drops a repeated event id for 24 h; notify dedupes per user besides).
import { createHash } from "node:crypto";
import * as events from "@/inngest/events";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import {
  onAchievementEarned,
  onInviteAccepted,
  onInviteSent,
  onPromotionStarted,
  onRosterChanged,
  onSponsorApproved,
  type TRequestDraft,
} from "./team-events";
import {
  onBracketPublished,
  onMatchCancelled,
  onMatchRescheduled,
  onMatchResult,
  onMatchScheduled,
  onRankingChanged,
} from "./tournament-events";
import { onRegistrationCreated, onRegistrationWithdrawn } from "./registration-events";

const HANDLERS = {
  [events.teamInviteSent.name]: (data: unknown) => onInviteSent(events.teamInviteSent.schema.parse(data)),
  [events.teamInviteAccepted.name]: (data: unknown) => onInviteAccepted(events.teamInviteAccepted.schema.parse(data)),
  [events.teamRosterChanged.name]: (data: unknown) => onRosterChanged(events.teamRosterChanged.schema.parse(data)),
  [events.tournamentRegistrationCreated.name]: (data: unknown) =>
    onRegistrationCreated(events.tournamentRegistrationCreated.schema.parse(data)),
  [events.tournamentRegistrationWithdrawn.name]: (data: unknown) =>
    onRegistrationWithdrawn(events.tournamentRegistrationWithdrawn.schema.parse(data)),
  [events.matchScheduled.name]: (data: unknown) => onMatchScheduled(events.matchScheduled.schema.parse(data)),
  [events.matchRescheduled.name]: (data: unknown) => onMatchRescheduled(events.matchRescheduled.schema.parse(data)),
  [events.matchCancelled.name]: (data: unknown) => onMatchCancelled(events.matchCancelled.schema.parse(data)),
  [events.matchResultPosted.name]: (data: unknown) => onMatchResult(events.matchResultPosted.schema.parse(data)),
  [events.tournamentBracketPublished.name]: (data: unknown) =>
    onBracketPublished(events.tournamentBracketPublished.schema.parse(data)),
  [events.rankingsChanged.name]: (data: unknown) => onRankingChanged(events.rankingsChanged.schema.parse(data)),
  [events.teamAchievementEarned.name]: (data: unknown) =>
    onAchievementEarned(events.teamAchievementEarned.schema.parse(data)),
  [events.sponsorApproved.name]: (data: unknown) => onSponsorApproved(events.sponsorApproved.schema.parse(data)),
  [events.promotionStarted.name]: (data: unknown) => onPromotionStarted(events.promotionStarted.schema.parse(data)),
} satisfies Record<string, (data: unknown) => Promise<TRequestDraft[]>>;

/** A team's own news (team-events.ts): one Inngest function hears these. */
export const TEAM_NOTIFYING_EVENTS = [
  events.teamInviteSent,
  events.teamInviteAccepted,
  events.teamRosterChanged,
  events.teamAchievementEarned,
  events.sponsorApproved,
  events.promotionStarted,
] as const;

/** Tournament, match and ranking news (tournament-events.ts): another function hears these. */
export const TOURNAMENT_NOTIFYING_EVENTS = [
  events.tournamentRegistrationCreated,
  events.tournamentRegistrationWithdrawn,
  events.matchScheduled,
  events.matchRescheduled,
  events.matchCancelled,
  events.matchResultPosted,
  events.tournamentBracketPublished,
  events.rankingsChanged,
] as const;

/** Every domain event that people hear about. */
export const NOTIFYING_EVENTS = [...TEAM_NOTIFYING_EVENTS, ...TOURNAMENT_NOTIFYING_EVENTS] as const;

export type TDomainEventInput = { name: string; data: unknown; id?: string };
export type TNotificationRequestEvent = {
  id: string;
  name: typeof events.notificationRequested.name;
  data: TNotificationRequest;
};

/** The notification/requested events a domain event calls for (none for an event nobody hears about). */
export async function planNotificationRequests(
  event: TDomainEventInput,
  { maxRecipientsPerRequest = events.NOTIFICATION_REQUEST_MAX_RECIPIENTS }: { maxRecipientsPerRequest?: number } = {},
): Promise<TNotificationRequestEvent[]> {
  const handler = HANDLERS[event.name as keyof typeof HANDLERS];
  if (!handler) return [];
  const drafts = (await handler(event.data)).filter((draft) => draft.recipientIds.length > 0);
  // Keyed by the event's own id: the same event, redelivered, gets the same dedup keys and event ids.
  const eventKey =
    event.id ??
    createHash("sha256")
      .update(JSON.stringify([event.name, event.data]))
      .digest("hex")
      .slice(0, 32);
  return drafts.flatMap((draft, index) => {
    const { dedupScope, ...request } = draft;
    const scope = dedupScope ? `:${dedupScope}` : "";
    const dedupKey = `${event.name}:${eventKey}${scope}${drafts.length > 1 ? `:${index}` : ""}`;
    // Every chunk keeps the draft's dedup key: notify dedupes per user, and claims one Discord post per key.
    return chunk(draft.recipientIds, maxRecipientsPerRequest).map((recipientIds, part) => ({
      id: `notify:${dedupKey}${part > 0 ? `:${part}` : ""}`,
      name: events.notificationRequested.name,
      data: events.notificationRequested.schema.parse({
        ...request,
        recipientIds,
        dedupKey,
        data: request.data ?? null,
      }),
    }));
  });
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}
