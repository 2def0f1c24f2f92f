// Inngest's endpoint: introspection (GET), registration (PUT), function steps (POST). Outside dev
// mode every request must carry Inngest's signature (INNGEST_SIGNING_KEY).
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

export const dynamic = "force-dynamic";
/** Seconds a request may run: INNGEST_REQUEST_MAX_SECONDS (Next needs the literal here). Streaming stays off. */
export const maxDuration = 300;

export const { GET, POST, PUT } = serve({ client: inngest, functions });
