// How fast, and how often, one Discord webhook is posted to. Discord allows about 5 requests per 2 s
// per webhook and 30 messages per minute per channel (ENVIRONMENT.md, "The real services'
// contracts"); over either it answers 429. Inngest's `throttle` (a GCRA per key) spaces run starts
// evenly — `limit` per `period` — and from idle lets at most `limit` (or `limit + burst`, depending on
// the server version) start at once. 2 per 5 s: one start every 2.5 s, 24 a minute, at most 3 in any
// 2 s — under both of Discord's limits, with room for retries, which the throttle does not count.
export const DISCORD_POST_THROTTLE = { limit: 2, period: "5s", burst: 1 } as const;

/** Attempts after the first: a 429 or a remembered rate limit costs one, so allow a few. */
export const DISCORD_POST_RETRIES = 8;
