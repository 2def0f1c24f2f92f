// Cron (schedule in SCHEDULED_JOBS) + jobs/cleanup-notifications.requested: read notifications older
// than the retention period are deleted in batches; unread ones are kept. Once per period.
import { cleanupNotificationsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const cleanupNotificationsFunction = scheduledJobFunction(
  "cleanup-notifications",
  cleanupNotificationsRequested,
);
