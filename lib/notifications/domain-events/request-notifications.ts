// Turns a domain event into notification requests (the seed's signal handlers): who hears about it
// and what they read. The requests go out through the outbox with ids derived from the event's id,
// so a redelivered event requests nothing twice (and notify dedupes per user besides).
import { createHash } from "node:crypto";
import { transactWithEvents } from "@/lib/events/transact-with-events";
import * as events from "@/inngest/events";
import { onAchievementEarned, onInviteAccepted, onInviteSent, onPromotionStarted, onRosterChanged, onSponsorApproved, type TRequestDraft } from "./team-events";
import { onBracketPublished, onMatchResult, onMatchScheduled, onRankingChanged, onRegistrationCreated } from "./tournament-events";

const HANDLERS = {
  [events.teamInviteSent.name]: (data: unknown) => onInviteSent(events.teamInviteSent.schema.parse(data)),
  [events.teamInviteAccepted.name]: (data: unknown) => onInviteAccepted(events.teamInviteAccepted.schema.parse(data)),
  [events.teamRosterChanged.name]: (data: unknown) => onRosterChanged(events.teamRosterChanged.schema.parse(data)),
  [events.tournamentRegistrationCreated.name]: (data: unknown) => onRegistrationCreated(events.tournamentRegistrationCreated.schema.parse(data)),
  [events.matchScheduled.name]: (data: unknown) => onMatchScheduled(events.matchScheduled.schema.parse(data)),
  [events.matchResultPosted.name]: (data: unknown) => onMatchResult(events.matchResultPosted.schema.parse(data)),
  [events.tournamentBracketPublished.name]: (data: unknown) => onBracketPublished(events.tournamentBracketPublished.schema.parse(data)),
  [events.rankingsChanged.name]: (data: unknown) => onRankingChanged(events.rankingsChanged.schema.parse(data)),
  [events.teamAchievementEarned.name]: (data: unknown) => onAchievementEarned(events.teamAchievementEarned.schema.parse(data)),
  [events.sponsorApproved.name]: (data: unknown) => onSponsorApproved(events.sponsorApproved.schema.parse(data)),
  [events.promotionStarted.name]: (data: unknown) => onPromotionStarted(events.promotionStarted.schema.parse(data)),
} satisfies Record<string, (data: unknown) => Promise<TRequestDraft[]>>;

export const NOTIFYING_EVENTS = [
  events.teamInviteSent,
  events.teamInviteAccepted,
  events.teamRosterChanged,
  events.tournamentRegistrationCreated,
  events.matchScheduled,
  events.matchResultPosted,
  events.tournamentBracketPublished,
  events.rankingsChanged,
  events.teamAchievementEarned,
  events.sponsorApproved,
  events.promotionStarted,
] as const;

export type TDomainEventInput = { name: string; data: unknown; id?: string };

export async function requestNotifications(event: TDomainEventInput): Promise<{ requests: number; recipients: number }> {
  const handler = HANDLERS[event.name as keyof typeof HANDLERS];
  if (!handler) return { requests: 0, recipients: 0 };
  const drafts = (await handler(event.data)).filter((draft) => draft.recipientIds.length > 0);
  // The outbox id is the event's own id: the same event, redelivered, has the same dedup keys.
  const eventKey = event.id ?? createHash("sha256").update(JSON.stringify([event.name, event.data])).digest("hex").slice(0, 32);
  await transactWithEvents(async (_tx, emit) => {
    drafts.forEach((draft, index) => {
      const dedupKey = `${event.name}:${eventKey}${drafts.length > 1 ? `:${index}` : ""}`;
      emit({ ...events.notificationRequested.create({ ...draft, dedupKey, data: draft.data ?? null }), id: `notify:${dedupKey}` });
    });
  });
  return { requests: drafts.length, recipients: drafts.reduce((sum, draft) => sum + draft.recipientIds.length, 0) };
}

