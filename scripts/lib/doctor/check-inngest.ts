// Would Inngest accept this app's functions? The app's own route handler registers them, in dev
// mode, with the sync-contract stand-in of Inngest's server (test-support/inngest-server-*.ts, the
// rules the server enforces at sync), exactly as the contract test does: a refused sync means that
// nothing runs in production.
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { startInngestServerStandIn } from "@/test-support/inngest-server-stand-in";
import { fail, pass, type TCheck } from "./check";

const TITLE = "Inngest functions";

export async function checkInngestSync(): Promise<TCheck> {
  const server = await startInngestServerStandIn();
  try {
    const { functions } = await import("@/inngest/functions");
    const { inngest } = await import("@/inngest/client");
    const client = new Inngest({ id: inngest.id, isDev: true, baseUrl: server.url });
    const { PUT } = serve({ client, functions });
    const response = await PUT(new Request("http://localhost:3000/api/inngest", { method: "PUT" }) as never, undefined);
    const [registration] = server.registrations();
    if (!registration)
      return fail(TITLE, `the SDK sent no registration (PUT ${response.status})`, "see the route's log");
    if (registration.violations.length > 0) {
      return fail(
        TITLE,
        registration.violations.map((violation) => `${violation.functionId}: ${violation.problem}`).join("; "),
        "fix the function's configuration (npm test runs the same check: inngest/registration.contract.test.ts)",
      );
    }
    return pass(TITLE, `${registration.functions.length} functions keep every rule Inngest's server checks at sync`);
  } finally {
    await server.close();
  }
}
