// Cron (schedule in SCHEDULED_JOBS) + jobs/tournament-wrapup.requested: completed tournaments past their prize hold and not frozen, not yet wrapped up → rankings + payouts requested, marked processed; once per period.
import { tournamentWrapUpRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const tournamentWrapUpFunction = scheduledJobFunction("tournament-wrapup", tournamentWrapUpRequested);
