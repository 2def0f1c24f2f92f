// Cron (schedule in SCHEDULED_JOBS) + jobs/cleanup.requested: read notifications older
// than the retention period are deleted in batches; unread ones are kept. Once per period.
import { cleanupRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const cleanupFunction = scheduledJobFunction("cleanup", cleanupRequested);
