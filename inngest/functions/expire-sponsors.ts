// Cron 0 3 * * * UTC + jobs/expire-sponsors.requested: sponsorships past their end → EXPIRED; once per day.
import { expireSponsorsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const expireSponsorsFunction = scheduledJobFunction("expire-sponsors", expireSponsorsRequested);
