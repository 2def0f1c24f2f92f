// Cron 0 */6 * * * UTC + jobs/expire-invites.requested: PENDING invites older than 7 days → EXPIRED; once per 6-hour period.
import { expireInvitesRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const expireInvitesFunction = scheduledJobFunction("expire-invites", expireInvitesRequested);
