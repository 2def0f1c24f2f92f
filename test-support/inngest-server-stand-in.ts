// Plays Inngest's server for a sync. On PUT /api/inngest the SDK posts its registration (every served
// function's config) to <INNGEST_BASE_URL>/fn/register; this stand-in keeps the body and answers as the
// server would: 200, or 400 with the server's reasons when a function breaks its rules
// (test-support/inngest-server-rules.ts) — so a sync that production would refuse fails here too.
import { functionConfigSchema, type FunctionConfig } from "inngest/types";
import { startHttpStandIn, type THttpStandIn, type TRecordedRequest, type TScriptedResponse } from "./http-stand-in";
import { checkInngestSync, type TSyncViolation } from "./inngest-server-rules";

export type TRegistration = { functions: FunctionConfig[]; violations: TSyncViolation[] };

const isRegistration = (request: TRecordedRequest) =>
  request.method === "POST" && request.path.startsWith("/fn/register");

/** The SDK's registration body, read with the SDK's own schema of a function config. */
export function readRegistration(request: TRecordedRequest): TRegistration {
  const functions = functionConfigSchema.array().parse((request.json as { functions?: unknown } | null)?.functions);
  return { functions, violations: checkInngestSync(functions) };
}

function answerRegistration(request: TRecordedRequest): TScriptedResponse {
  if (!isRegistration(request))
    return { status: 404, body: { status: 404, error: `no route for ${request.method} ${request.path}` } };
  let registration: TRegistration;
  try {
    registration = readRegistration(request);
  } catch (error) {
    return {
      status: 400,
      body: { status: 400, error: `malformed registration: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  if (registration.violations.length > 0) {
    const error = registration.violations
      .map((violation) => `${violation.functionId}: ${violation.problem}`)
      .join("; ");
    return { status: 400, body: { status: 400, error } };
  }
  return { status: 200, body: { status: 200, modified: true, error: "Successfully registered" } };
}

export type TInngestServerStandIn = THttpStandIn & { registrations: () => TRegistration[] };

export async function startInngestServerStandIn(): Promise<TInngestServerStandIn> {
  const standIn = await startHttpStandIn();
  standIn.setDefault(answerRegistration);
  return { ...standIn, registrations: () => standIn.requests.filter(isRegistration).map(readRegistration) };
}
