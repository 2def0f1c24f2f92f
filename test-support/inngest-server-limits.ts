// The limits Inngest's server enforces on a sync, each named after its source in inngest/inngest
// (pkg/consts/consts.go unless said otherwise). test-support/inngest-server-rules.ts applies them.
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** pkg/consts MaxTriggers ("This function exceeds the max number of triggers: 10"). */
export const MAX_TRIGGERS = 10;
/** pkg/consts MaxConcurrencyLimits. */
export const MAX_CONCURRENCY_CONSTRAINTS = 2;
/** pkg/consts MaxRetries: the server clamps more to this without a word, so asking more is a lie. */
export const MAX_RETRIES = 20;
/** pkg/consts MaxCancellations. */
export const MAX_CANCELLATIONS = 5;
/** pkg/consts MaxFunctionTimeout: the longest a function or step may run. */
export const MAX_FUNCTION_TIMEOUT_MS = 2 * HOUR_MS;
/** pkg/consts MaxEventNameLength: event ingestion refuses longer names. */
export const MAX_EVENT_NAME_LENGTH = 512;
/** pkg/inngest/trigger.go MaxEventNameLength: the longest event name a trigger may name. */
export const MAX_TRIGGER_EVENT_NAME_LENGTH = 255;
/** pkg/consts FunctionIdempotencyPeriod: the longest rateLimit period (idempotency keys last this). */
export const MAX_RATE_LIMIT_PERIOD_MS = 24 * HOUR_MS;
/** pkg/consts MinDebouncePeriod and MaxDebouncePeriod. */
export const DEBOUNCE_PERIOD_MS = { min: 1_000, max: 7 * 24 * HOUR_MS };
/** pkg/inngest/trigger.go MaxCronLength: the longest cron string, "TZ=…" prefix included. */
export const MAX_CRON_LENGTH = 255;
/** pkg/inngest/trigger.go MinCronJitter and MaxCronJitter. */
export const CRON_JITTER_MS = { min: 1_000, max: 5 * MINUTE_MS };
/** pkg/inngest/batch.go: a batch holds at least 2 events and waits at least 1 s. */
export const MIN_BATCH = { size: 2, timeoutMs: 1_000 };
