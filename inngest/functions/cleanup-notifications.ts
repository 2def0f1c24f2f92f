// Cron 30 4 * * * UTC + jobs/cleanup-notifications.requested: read notifications older than 90 days
// are deleted in batches; unread ones are kept. Once per day.
import { cleanupNotificationsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const cleanupNotificationsFunction = scheduledJobFunction("cleanup-notifications", cleanupNotificationsRequested);
