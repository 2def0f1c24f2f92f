// The sync contract with Inngest's server: the real route (app/api/inngest/route.ts) registers, in dev
// mode, with a stand-in for the server that enforces the server's rules
// (test-support/inngest-server-rules.ts). Whatever inngest/functions/index.ts serves is checked — a
// function added tomorrow included — because a refused sync means that nothing runs in production.
import { serve } from "inngest/next";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as appEvents from "@/inngest/events";
import { functions } from "@/inngest/functions";
import { inngest } from "@/inngest/client";
import { NOTIFYING_EVENTS } from "@/lib/notifications/domain-events/request-notifications";
import {
  startInngestServerStandIn,
  type TInngestServerStandIn,
  type TRegistration,
} from "@/test-support/inngest-server-stand-in";
import { MAX_EVENT_NAME_LENGTH } from "@/test-support/inngest-server-limits";
import { KNOWN_EVENT_SCHEMAS } from "@/test-support/inngest-server-rules";

const SERVE_URL = "http://localhost:3000/api/inngest";

let server: TInngestServerStandIn;
let sync: { status: number; message: string };
let registration: TRegistration;
/** The app's client as the route uses it: in dev mode, registering with the server stand-in. */
let syncingClient: typeof inngest;

type TPut = (request: never, context: never) => Promise<Response>;

async function put(handler: TPut): Promise<{ status: number; message: string }> {
  const response = await handler(new Request(SERVE_URL, { method: "PUT" }) as never, undefined as never);
  return { status: response.status, message: ((await response.json()) as { message?: string }).message ?? "" };
}

beforeAll(async () => {
  server = await startInngestServerStandIn();
  vi.resetModules();
  vi.stubEnv("INNGEST_DEV", "1");
  vi.stubEnv("INNGEST_BASE_URL", server.url);
  const route = await import("@/app/api/inngest/route");
  syncingClient = (await import("@/inngest/client")).inngest;
  sync = await put(route.PUT);
  const [sent] = server.registrations();
  if (!sent) throw new Error(`The SDK sent no registration (PUT answered ${sync.status}: ${sync.message})`);
  registration = sent;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

/** The id a function registers under: the app's id, then its own. */
const idOf = (fn: (typeof functions)[number]) => fn.id(inngest.id);
/** The SDK registers a function's onFailure handler as a function of its own, "<id>-failure". */
const FAILURE_HANDLER_SUFFIX_PATTERN = /-failure$/;

describe("syncing with Inngest's server (PUT /api/inngest)", () => {
  it("is accepted: the server stand-in answers 200 to the SDK's registration", () => {
    expect(registration.violations).toEqual([]);
    expect(sync).toEqual({ status: 200, message: "Successfully registered" });
  });

  it("registers every function that inngest/functions/index.ts serves, each under its own id", () => {
    const served = functions.map(idOf);
    expect(new Set(served).size).toBe(served.length);
    const registered = registration.functions.map((config) => config.id);
    expect(registered).toEqual(expect.arrayContaining(served));
    // Besides them, only the SDK's own failure handlers (one per function with onFailure).
    expect(
      registered.filter(
        (id) => !served.includes(id) && !served.includes(id.replace(FAILURE_HANDLER_SUFFIX_PATTERN, "")),
      ),
    ).toEqual([]);
  });

  it.each(functions.map((fn) => [fn.id(), fn] as const))("%s keeps to every rule of the server", (_id, fn) => {
    expect(registration.functions.some((config) => config.id === idOf(fn))).toBe(true);
    const own = (functionId: string) => functionId.replace(FAILURE_HANDLER_SUFFIX_PATTERN, "") === idOf(fn);
    expect(registration.violations.filter((violation) => own(violation.functionId))).toEqual([]);
  });

  it(`is refused, with the server's reason, when a function breaks a rule (one function on all ${NOTIFYING_EVENTS.length} notifying events)`, async () => {
    const tooManyTriggers = syncingClient.createFunction(
      { id: "notify-on-domain-event", triggers: [...NOTIFYING_EVENTS] },
      async () => null,
    );
    const refused = await put(serve({ client: syncingClient, functions: [tooManyTriggers] }).PUT as TPut);
    expect(refused).toEqual({
      status: 400,
      message: `deltacrown-notify-on-domain-event: has ${NOTIFYING_EVENTS.length} triggers; the server refuses more than 10`,
    });
  });

  it(`every event of inngest/events.ts has a name of at most ${MAX_EVENT_NAME_LENGTH} characters`, () => {
    const names = [...KNOWN_EVENT_SCHEMAS.keys()];
    expect(names).toEqual(expect.arrayContaining(appEvents.ALL_EVENTS.map((event) => event.name)));
    expect(names.filter((name) => name.length === 0 || name.length > MAX_EVENT_NAME_LENGTH)).toEqual([]);
  });
});
