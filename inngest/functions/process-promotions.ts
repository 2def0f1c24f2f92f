// Cron 0 * * * * UTC + jobs/process-promotions.requested: start due promotions (promotion/started), expire ended ones; once per hour.
import { processPromotionsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const processPromotionsFunction = scheduledJobFunction("process-promotions", processPromotionsRequested);
