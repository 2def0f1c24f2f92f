// Cron 0,30 * * * * UTC + jobs/schedule-digests.requested: counts the users whose local digest time
// is this half hour (DST-correct) and queues one digest/slot.due (send-digests pages through them); once per slot.
import { scheduleDigestsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const scheduleDigestsFunction = scheduledJobFunction("schedule-digests", scheduleDigestsRequested);
