// match/scheduled, match/rescheduled → sleeps until MATCH_REMINDER_MINUTES before the start, then
// sends both rosters the check-in reminder (match_starting) through notification/requested. At most
// one reminder per match and start time: cancelOn stops a run early when the match gets a result, is
// cancelled or moves (Inngest never cancels a run with the event that started it, so the run a move
// starts keeps going), and the last step re-reads the match (plan-match-reminder.ts) whatever cancelOn did.
import { env } from "@/lib/env";
import { planMatchReminder, readMatchStart, reminderTime } from "@/lib/notifications/domain-events/plan-match-reminder";
import { inngest } from "@/inngest/client";
import { matchCancelled, matchRescheduled, matchResultPosted, matchScheduled } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

/** Cancels a waiting run on news of the same match (`event` is the run's trigger, `async` the news). */
const SAME_MATCH = "async.data.matchId == event.data.matchId";

export const remindMatchStartFunction = inngest.createFunction(
  {
    id: "remind-match-start",
    triggers: [matchScheduled, matchRescheduled],
    retries: 4,
    cancelOn: [
      { event: matchResultPosted, if: SAME_MATCH },
      { event: matchCancelled, if: SAME_MATCH },
      { event: matchRescheduled, if: SAME_MATCH },
    ],
  },
  async ({ event, step }) => {
    const { matchId } = event.data;
    // match/scheduled events written before they carried the time: the match's time when the run starts.
    const scheduledAt =
      event.data.scheduledAt ?? (await step.run("read-scheduled-time", () => readMatchStart(matchId)));
    if (!scheduledAt) return { status: "skipped", reason: "the match has no start time" };

    // In the past (scheduled late, or a late run): Inngest resumes at once, and the plan decides.
    await step.sleepUntil("wait-for-reminder-time", reminderTime(new Date(scheduledAt), env.MATCH_REMINDER_MINUTES));

    const plan = await step.run("plan-reminder", () =>
      failFastOnBadInput(() => planMatchReminder({ matchId, scheduledAt, minutesBefore: env.MATCH_REMINDER_MINUTES })),
    );
    if (plan.status === "skipped") return plan;
    if (plan.requests.length > 0) await step.sendEvent("request-reminders", plan.requests);
    return {
      status: "sent",
      scheduledAt,
      recipients: plan.requests.reduce((sum, request) => sum + request.data.recipientIds.length, 0),
    };
  },
);
