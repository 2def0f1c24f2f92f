// Cron (schedule in SCHEDULED_JOBS) + jobs/expire-invites.requested: PENDING invites past their expiry → EXPIRED; once per period.
import { expireInvitesRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const expireInvitesFunction = scheduledJobFunction("expire-invites", expireInvitesRequested);
