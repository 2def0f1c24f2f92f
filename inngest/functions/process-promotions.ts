// Cron (schedule in SCHEDULED_JOBS) + jobs/process-promotions.requested: start due promotions (promotion/started), expire ended ones; once per period.
import { processPromotionsRequested } from "@/inngest/events";
import { scheduledJobFunction } from "@/inngest/scheduled-job-function";

export const processPromotionsFunction = scheduledJobFunction("process-promotions", processPromotionsRequested);
