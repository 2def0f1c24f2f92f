// The check-in reminder of a match (match_starting): what each roster reads, and whether it is still
// due. Re-reads the match, so it is the reminder's correctness guarantee whatever Inngest's cancelOn
// did: a match that was cancelled, has a result, moved to another time than the one the caller
// waited for, or has already started gets no reminder. One request per team (each reads its own
// opponent), keyed by match + start time, so a retry or a second run for the same time reminds nobody twice.
import { z } from "zod";
import { notificationRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import { parseInput, zId } from "@/lib/validation/parse-input";
import type { TNotificationRequestEvent } from "./request-notifications";
import { teamMemberIds } from "./team-members";
import { formatMatchTime } from "./tournament-events";

const MINUTE_MS = 60_000;

/** When the reminder goes out: `minutesBefore` before the start, in absolute time (no wall clock, so no DST). */
export function reminderTime(scheduledAt: Date, minutesBefore: number): Date {
  return new Date(scheduledAt.getTime() - minutesBefore * MINUTE_MS);
}

/** The match's start time now (ISO), or null when it has none or no longer exists. */
export async function readMatchStart(matchId: string): Promise<string | null> {
  const match = await db.match.findUnique({ where: { id: matchId }, select: { scheduledAt: true } });
  return match?.scheduledAt?.toISOString() ?? null;
}

export const ZPlanMatchReminderInput = z.object({
  matchId: zId("a match"),
  /** The start time the caller waited for (ISO). */
  scheduledAt: z.iso.datetime(),
  minutesBefore: z.number().int().min(1),
  now: z.date().optional(),
});
export type TPlanMatchReminderInput = z.input<typeof ZPlanMatchReminderInput>;

export type TMatchReminderPlan =
  { status: "due"; requests: TNotificationRequestEvent[] } | { status: "skipped"; reason: string };

export async function planMatchReminder(input: TPlanMatchReminderInput): Promise<TMatchReminderPlan> {
  const { matchId, scheduledAt, minutesBefore, now = new Date() } = parseInput(ZPlanMatchReminderInput, input);
  const startsAt = new Date(scheduledAt);
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      status: true,
      scheduledAt: true,
      completedAt: true,
      round: true,
      tournamentId: true,
      tournament: { select: { name: true, slug: true } },
      teamA: { select: { id: true, name: true } },
      teamB: { select: { id: true, name: true } },
    },
  });
  if (!match) return { status: "skipped", reason: "the match no longer exists" };
  if (match.status !== "SCHEDULED" || match.completedAt)
    return { status: "skipped", reason: `the match is ${match.status.toLowerCase()}` };
  if (match.scheduledAt?.getTime() !== startsAt.getTime())
    return { status: "skipped", reason: "the match moved to another time" };
  if (now.getTime() >= startsAt.getTime()) return { status: "skipped", reason: "the match has already started" };

  // On time this is exactly minutesBefore; a late run (remind time already past) says how long is really left.
  const minutesLeft = Math.min(minutesBefore, Math.ceil((startsAt.getTime() - now.getTime()) / MINUTE_MS));
  const teams = [
    { team: match.teamA, opponent: match.teamB },
    { team: match.teamB, opponent: match.teamA },
  ];
  const requests = await Promise.all(
    teams.map(async ({ team, opponent }, index): Promise<TNotificationRequestEvent | null> => {
      const recipientIds = await teamMemberIds(db, team.id);
      if (recipientIds.length === 0) return null;
      const dedupKey = `match-starting:${matchId}:${scheduledAt}:${index}`;
      return {
        id: `notify:${dedupKey}`,
        name: notificationRequested.name,
        data: notificationRequested.schema.parse({
          type: "match_starting",
          recipientIds,
          title: `Your match vs ${opponent.name} starts in ${minutesLeft} min`,
          body: `${team.name} vs ${opponent.name}, round ${match.round} of ${match.tournament.name}, starts at ${formatMatchTime(startsAt)}. Check in now.`,
          url: `/tournaments/${match.tournament.slug}`,
          dedupKey,
          teamId: team.id,
          postToPlatform: false,
          data: { matchId, tournamentId: match.tournamentId, teamId: team.id },
        }),
      };
    }),
  );
  return { status: "due", requests: requests.filter((request) => request !== null) };
}
