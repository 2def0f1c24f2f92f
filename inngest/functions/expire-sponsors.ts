// Cron (schedule in SCHEDULED_JOBS) + jobs/expire-sponsors.requested: sponsorships past their end → EXPIRED; once per period.
import { expireSponsorsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const expireSponsorsFunction = scheduledJobFunction("expire-sponsors", expireSponsorsRequested);
