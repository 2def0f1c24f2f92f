// Tests face Inngest's event API with a local stand-in (one per test file, started by
// setup-database.ts): it accepts sends like Inngest does and records them, refuses what Inngest
// refuses (./check-inngest-events.ts: malformed events 400, oversized requests 413), and can be
// told to fail.
import { checkEventRequest } from "./check-inngest-events";
import { startHttpStandIn, type THttpStandIn } from "./http-stand-in";

const globalForTests = globalThis as unknown as { inngestStandIn?: THttpStandIn };

export type TSentEvent = { id?: string; name: string; data: Record<string, unknown>; ts?: number };

export async function startInngestStandIn(port = 0): Promise<THttpStandIn> {
  const standIn = await startHttpStandIn(port);
  standIn.setDefault(acceptEvents);
  globalForTests.inngestStandIn = standIn;
  return standIn;
}

/** Answers like Inngest's event API: one id per event received, or its refusal. */
export function acceptEvents(request: { body: string; json: unknown }) {
  const refusal = checkEventRequest(request.body, request.json);
  if (refusal) return { status: refusal.status, body: { ids: [], status: refusal.status, error: refusal.error } };
  const events = Array.isArray(request.json) ? request.json : [request.json];
  return { status: 200, body: { ids: events.map((event: { id?: string }) => event?.id ?? "generated"), status: 200 } };
}

export function inngestStandIn(): THttpStandIn {
  if (!globalForTests.inngestStandIn)
    throw new Error("The Inngest stand-in runs only inside Vitest (test-support/setup-database.ts).");
  return globalForTests.inngestStandIn;
}

/** Every event Inngest accepted in this test file, oldest first. */
export function sentEvents(): TSentEvent[] {
  return inngestStandIn()
    .requests.filter((request) => request.method === "POST" && request.path.startsWith("/e/") && request.status === 200)
    .flatMap((request) => (Array.isArray(request.json) ? request.json : [request.json]) as TSentEvent[]);
}

/** Makes the next sends fail like an unreachable Inngest (HTTP 500 on every attempt) until `restore`. */
export function failInngestSends(): { restore: () => void } {
  const standIn = inngestStandIn();
  standIn.setDefault({ status: 500, body: { error: "Inngest is down (stand-in)", status: 500 } });
  return { restore: () => standIn.setDefault(acceptEvents) };
}
