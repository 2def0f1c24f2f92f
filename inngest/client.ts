// The one Inngest client. Dev mode (INNGEST_DEV, or anything but production) talks to the local
// dev server; otherwise Inngest Cloud (or self-hosted via INNGEST_BASE_URL), with signed requests.
import { Inngest } from "inngest";
import { env } from "@/lib/env";

export const inngest = new Inngest({
  id: "deltacrown",
  isDev: env.isInngestDev,
  signingKey: env.INNGEST_SIGNING_KEY,
  signingKeyFallback: env.INNGEST_SIGNING_KEY_FALLBACK,
  eventKey: env.INNGEST_EVENT_KEY,
  baseUrl: env.INNGEST_BASE_URL,
});
