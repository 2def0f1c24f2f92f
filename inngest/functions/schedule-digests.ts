// Cron 0,30 * * * * UTC + jobs/schedule-digests.requested: users whose local digest time is this
// half hour (DST-correct) → one digest/user.due each, keyed by user + local date; once per slot.
import { scheduleDigestsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const scheduleDigestsFunction = scheduledJobFunction("schedule-digests", scheduleDigestsRequested);
