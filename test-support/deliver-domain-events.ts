// Plays Inngest's part for the domain events a test's operations sent: runs notify-on-team-event /
// notify-on-tournament-event on each (as their triggers say), then notify on the
// notification/requested events they sent — the real functions, chained the way Inngest chains them.
import { expect } from "vitest";
import { notifyFunction } from "@/inngest/functions/notify";
import { notifyOnTeamEventFunction } from "@/inngest/functions/notify-on-team-event";
import { notifyOnTournamentEventFunction } from "@/inngest/functions/notify-on-tournament-event";
import {
  TEAM_NOTIFYING_EVENTS,
  TOURNAMENT_NOTIFYING_EVENTS,
} from "@/lib/notifications/domain-events/request-notifications";
import { sentEvents, type TSentEvent } from "./inngest-stand-in";
import { runInngestFunction } from "./run-inngest-function";

const REQUESTED = "notification/requested";

/** The function Inngest runs for a notifying event, as its triggers say. */
function notifierOf(name: string) {
  if (TEAM_NOTIFYING_EVENTS.some((event) => event.name === name)) return notifyOnTeamEventFunction;
  if (TOURNAMENT_NOTIFYING_EVENTS.some((event) => event.name === name)) return notifyOnTournamentEventFunction;
  return null;
}

/** Runs the notifier of `event` (none for an event nobody hears about); fails the test if it failed. */
export async function runNotifier(event: TSentEvent): Promise<void> {
  const notifier = notifierOf(event.name);
  if (!notifier) return;
  const { error } = await runInngestFunction(notifier, event);
  expect(error).toBeUndefined();
}

/** Runs the notifiers on every event Inngest received since `since`, then notify on the requests they sent. */
export async function deliverEventsSince(since: number): Promise<TSentEvent[]> {
  for (const event of sentEvents().slice(since)) await runNotifier(event);
  const requests = sentEvents().filter((event, index) => index >= since && event.name === REQUESTED);
  for (const request of requests) await runInngestFunction(notifyFunction, request);
  return requests;
}
