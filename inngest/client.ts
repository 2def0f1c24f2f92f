// The one Inngest client. Dev mode (INNGEST_DEV, or anything but production) talks to the local
// dev server; otherwise Inngest Cloud (or self-hosted via INNGEST_BASE_URL), with signed requests.
import { Inngest } from "inngest";
import { env } from "@/lib/env";

/**
 * How long one request to /api/inngest may run (app/api/inngest/route.ts's maxDuration, which Next
 * needs as a literal there; a test keeps the two equal): 300 s is the most every Vercel plan allows.
 * Every step must finish within it, so jobs work in bounded pages, one step each.
 */
export const INNGEST_REQUEST_MAX_SECONDS = 300;
/**
 * Checkpointing runs the next steps in the same request (no round trip through Inngest per step)
 * until this much of the request is spent; then the run goes on in a new request. The rest of
 * the request is the headroom for the step in flight.
 */
const CHECKPOINT_MAX_RUNTIME_SECONDS = 60;

export const inngest = new Inngest({
  id: "deltacrown",
  isDev: env.isInngestDev,
  signingKey: env.INNGEST_SIGNING_KEY,
  signingKeyFallback: env.INNGEST_SIGNING_KEY_FALLBACK,
  eventKey: env.INNGEST_EVENT_KEY,
  baseUrl: env.INNGEST_BASE_URL,
  checkpointing: { maxRuntime: `${CHECKPOINT_MAX_RUNTIME_SECONDS}s` },
});
