// What Inngest's event API refuses, as the stand-in's rules (test-support/inngest-stand-in.ts). The
// server reads a send as one event or an array of them, validates each in turn and answers 400 at the
// first bad one (inngest/inngest pkg/api/api.go, pkg/eventstream, pkg/event/event.go); Inngest Cloud
// also caps the request body. The numbers are the app's (lib/outbox/inngest-limits.ts).
import {
  INNGEST_MAX_EVENT_BYTES,
  INNGEST_MAX_EVENTS_PER_REQUEST,
  INNGEST_MAX_REQUEST_BYTES,
} from "@/lib/outbox/inngest-limits";

/** Longest event name (the server's MaxEventNameLength). */
export const MAX_EVENT_NAME_LENGTH = 512;
/** Event timestamps must fall in [1980, 2100) (pkg/event/event.go). */
const TS_RANGE = { min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) };

export type TEventRefusal = { status: 400 | 413; error: string };

/** Why Inngest would refuse this send request, or null when it accepts every event in it. */
export function checkEventRequest(body: string, json: unknown): TEventRefusal | null {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > INNGEST_MAX_REQUEST_BYTES)
    return { status: 413, error: `Request body cannot exceed ${INNGEST_MAX_REQUEST_BYTES} bytes (got ${bytes})` };
  if (json === null || typeof json !== "object")
    return { status: 400, error: "Request body must contain an event object or an array of event objects" };
  const events: unknown[] = Array.isArray(json) ? json : [json];
  if (events.length > INNGEST_MAX_EVENTS_PER_REQUEST)
    return { status: 400, error: `Too many events: the maximum is ${INNGEST_MAX_EVENTS_PER_REQUEST}` };
  for (const event of events) {
    const problem = checkEvent(event);
    if (problem) return { status: 400, error: problem };
  }
  return null;
}

function checkEvent(event: unknown): string | null {
  if (event === null || typeof event !== "object" || Array.isArray(event)) return "each event must be an object";
  const size = Buffer.byteLength(JSON.stringify(event), "utf8");
  if (size > INNGEST_MAX_EVENT_BYTES)
    return `Event is over the max size: Max ${INNGEST_MAX_EVENT_BYTES} bytes / Size ${size} bytes`;
  const { name, data, ts, id } = event as Record<string, unknown>;
  if (typeof name !== "string" || name === "") return "event name is empty";
  if (name.length > MAX_EVENT_NAME_LENGTH) return `event name cannot exceed ${MAX_EVENT_NAME_LENGTH} characters`;
  if (name.startsWith("inngest/")) return `event name is reserved for internal use: ${name}`;
  if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data)))
    return "event data must be an object";
  if (id !== undefined && typeof id !== "string") return "event id must be a string";
  if (ts !== undefined && ts !== 0) {
    if (typeof ts !== "number" || !Number.isInteger(ts)) return "event ts must be milliseconds since the epoch";
    if (ts < TS_RANGE.min) return "timestamp is before Jan 1, 1980";
    if (ts >= TS_RANGE.max) return "timestamp is after Jan 1, 2100";
  }
  return null;
}
