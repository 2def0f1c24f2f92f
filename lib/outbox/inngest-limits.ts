// What Inngest accepts, and the budgets we keep under it, for every way events leave this app (the
// outbox's sends, step.sendEvent, step outputs). The stand-in of tests enforces the same numbers
// (test-support/inngest-stand-in.ts).
//
// Sources: inngest/inngest pkg/consts/consts.go (MaxEvents, DefaultMaxEventSize, MaxBodySize),
// pkg/api/api.go (the event API: each event parsed and validated in turn, 400 on the first bad one),
// and Inngest's usage-limits page for Inngest Cloud (the request body / event payload: 256 KB on the
// default plan, up to 3 MB on request; at most 5,000 events per request; step output 4 MB).

/** Largest event (its JSON) Inngest Cloud's default plan accepts; self-hosted's default is 512 KiB. */
export const INNGEST_MAX_EVENT_BYTES = 256 * 1024;
/** Largest send request on Inngest Cloud's default plan (the usage-limits page's "request body size"). */
export const INNGEST_MAX_REQUEST_BYTES = 256 * 1024;
/** Events per send request (consts.MaxEvents). */
export const INNGEST_MAX_EVENTS_PER_REQUEST = 5_000;
/** Data a step may return (consts.MaxBodySize). */
export const INNGEST_MAX_STEP_OUTPUT_BYTES = 4 * 1024 * 1024;

/** Our send requests stay at half the request limit (a lone event may use up to the event limit). */
export const SEND_BATCH_MAX_BYTES = INNGEST_MAX_REQUEST_BYTES / 2;
/** …and at a tenth of the event count limit. */
export const SEND_BATCH_MAX_EVENTS = 500;
/** Events a step returns for step.sendEvent: a quarter of the step output limit; the rest go to the sweep. */
export const STEP_EVENTS_MAX_BYTES = INNGEST_MAX_STEP_OUTPUT_BYTES / 4;

/** The size Inngest measures: the event's JSON, in UTF-8 bytes. */
export function eventBytes(event: unknown): number {
  return Buffer.byteLength(JSON.stringify(event), "utf8");
}

/**
 * Splits events, in order, into send requests within SEND_BATCH_MAX_BYTES and SEND_BATCH_MAX_EVENTS
 * (the JSON array's brackets and commas counted). An event bigger than the byte budget goes alone.
 */
export function chunkForSend<T>(
  events: T[],
  maxBytes = SEND_BATCH_MAX_BYTES,
  maxEvents = SEND_BATCH_MAX_EVENTS,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const event of events) {
    const size = eventBytes(event) + 1;
    if (current.length > 0 && (bytes + size > maxBytes || current.length >= maxEvents)) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(event);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
