// Cron (schedule in SCHEDULED_JOBS) + jobs/schedule-digests.requested: counts the users whose local
// digest time is this slot (DST-correct) and queues one digest/slot.due (send-digests pages through them); once per slot.
import { scheduleDigestsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const scheduleDigestsFunction = scheduledJobFunction("schedule-digests", scheduleDigestsRequested);
