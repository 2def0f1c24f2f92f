// What Inngest's server checks when an app syncs (inngest/inngest pkg/inngest/function.go Validate,
// trigger.go, concurrency.go, batch.go, pkg/sdk/function.go), applied to the function configs the SDK
// registers. @inngest/test and our stand-ins model none of it, and a refused sync means no function
// runs in production — so the contract test (inngest/registration.contract.test.ts) holds every
// served function to these rules. The numbers are the server's: ./inngest-server-limits.ts.
import type { FunctionConfig } from "inngest/types";
import { z } from "zod";
import * as appEvents from "@/inngest/events";
import { checkInngestCron } from "./check-inngest-cron";
import {
  CRON_JITTER_MS,
  DEBOUNCE_PERIOD_MS,
  MAX_CANCELLATIONS,
  MAX_CONCURRENCY_CONSTRAINTS,
  MAX_FUNCTION_TIMEOUT_MS,
  MAX_RATE_LIMIT_PERIOD_MS,
  MAX_RETRIES,
  MAX_TRIGGER_EVENT_NAME_LENGTH,
  MAX_TRIGGERS,
  MIN_BATCH,
} from "./inngest-server-limits";
import { checkInngestExpression, type TExpressionScope } from "./check-inngest-expression";
import { parseInngestDuration } from "./parse-inngest-duration";

function isEventType(value: unknown): value is { name: string; schema: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    "schema" in value &&
    "name" in value &&
    typeof value.name === "string"
  );
}

/** Every event of inngest/events.ts (each with its schema), plus the ones Inngest itself sends. */
export const KNOWN_EVENT_SCHEMAS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...Object.values(appEvents).flatMap((value: unknown) =>
    isEventType(value) ? [[value.name, value.schema] as const] : [],
  ),
  ["inngest/scheduled.timer", z.object({ cron: z.string() })],
  [
    "inngest/function.failed",
    z.object({ function_id: z.string(), run_id: z.string(), error: z.unknown(), event: z.unknown() }),
  ],
]);

export type TSyncViolation = { functionId: string; problem: string };
type TProblems = string[];

function checkDuration(problems: TProblems, label: string, text: string | undefined, { min = 0, max = Infinity } = {}) {
  if (text === undefined) return;
  const ms = parseInngestDuration(text);
  if (ms === null) problems.push(`${label} "${text}" is not a duration the server can read`);
  else if (ms < min) problems.push(`${label} "${text}" is shorter than the server's minimum of ${min} ms`);
  else if (ms > max) problems.push(`${label} "${text}" is longer than the server's maximum of ${max / 1000} s`);
}

function checkExpression(
  problems: TProblems,
  label: string,
  expression: string | undefined,
  scope: TExpressionScope,
  restrictive = false,
) {
  if (expression === undefined) return;
  problems.push(...checkInngestExpression(expression, scope, { restrictive }).map((problem) => `${label}: ${problem}`));
}

function checkEventName(problems: TProblems, label: string, name: string) {
  if (name.length === 0 || name.length > MAX_TRIGGER_EVENT_NAME_LENGTH) {
    problems.push(`${label} "${name}" must be 1–${MAX_TRIGGER_EVENT_NAME_LENGTH} characters`);
  }
  if (!KNOWN_EVENT_SCHEMAS.has(name)) problems.push(`${label} "${name}" has no schema in inngest/events.ts`);
}

const payloadOf = (name: string) =>
  KNOWN_EVENT_SCHEMAS.has(name) ? [{ name, data: KNOWN_EVENT_SCHEMAS.get(name) }] : [];

function checkTriggers(problems: TProblems, triggers: FunctionConfig["triggers"]) {
  if (triggers.length > MAX_TRIGGERS)
    problems.push(`has ${triggers.length} triggers; the server refuses more than ${MAX_TRIGGERS}`);
  const seen = new Set<string>();
  const crons = new Set<string>();
  for (const trigger of triggers) {
    const key =
      "cron" in trigger
        ? JSON.stringify([trigger.cron, trigger.jitter])
        : JSON.stringify([trigger.event, trigger.expression]);
    if (seen.has(key))
      problems.push(`duplicate trigger ${"cron" in trigger ? `cron "${trigger.cron}"` : `event "${trigger.event}"`}`);
    seen.add(key);
    if ("cron" in trigger) {
      // Refused even when only the jitter differs.
      if (crons.has(trigger.cron)) problems.push(`duplicate cron expression "${trigger.cron}"`);
      crons.add(trigger.cron);
      const cronProblem = checkInngestCron(trigger.cron);
      if (cronProblem) problems.push(`cron "${trigger.cron}": ${cronProblem}`);
      checkDuration(problems, `cron jitter`, trigger.jitter, CRON_JITTER_MS);
    } else {
      checkEventName(problems, "trigger event", trigger.event);
      checkExpression(problems, `trigger "${trigger.event}" if`, trigger.expression, {
        event: payloadOf(trigger.event),
      });
    }
  }
}

/** Why Inngest's server would refuse (or silently change) this function's config. */
export function checkFunctionConfig(fn: FunctionConfig): string[] {
  const problems: TProblems = [];
  // Keys and cancellations see whichever event started the run: every trigger's event.
  const started = fn.triggers.flatMap((trigger) =>
    "cron" in trigger ? payloadOf("inngest/scheduled.timer") : payloadOf(trigger.event),
  );
  const scope = { event: started };
  if (!fn.id || !(fn.name ?? fn.id)) problems.push("a function needs an id and a name");
  checkTriggers(problems, fn.triggers);

  const steps = Object.values(fn.steps);
  if (steps.length !== 1) problems.push(`functions must contain one step, found ${steps.length}`);
  for (const step of steps) {
    if (!/^(https?|wss?):/.test(step.runtime.url))
      problems.push(`step URL "${step.runtime.url}" is not http(s) or ws(s)`);
    const retries = step.retries?.attempts;
    if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRIES)) {
      problems.push(`retries ${retries} is outside 0–${MAX_RETRIES} (the server would clamp it)`);
    }
  }

  const concurrency =
    fn.concurrency === undefined
      ? []
      : typeof fn.concurrency === "number"
        ? [{ limit: fn.concurrency }]
        : [fn.concurrency].flat();
  if (concurrency.length > MAX_CONCURRENCY_CONSTRAINTS) {
    problems.push(`has ${concurrency.length} concurrency constraints; at most ${MAX_CONCURRENCY_CONSTRAINTS}`);
  }
  for (const limit of concurrency) {
    const scoped = "scope" in limit ? limit.scope : undefined;
    const key = "key" in limit ? limit.key : undefined;
    if (scoped && scoped !== "fn" && key === undefined)
      problems.push(`a concurrency key must be specified for ${scoped} scoped limits`);
    checkExpression(problems, "concurrency key", key, scope);
  }

  const cancellations = fn.cancel ?? [];
  if (cancellations.length > MAX_CANCELLATIONS)
    problems.push(`has ${cancellations.length} cancellations; at most ${MAX_CANCELLATIONS}`);
  for (const cancel of cancellations) {
    checkEventName(problems, "cancelOn event", cancel.event);
    checkExpression(
      problems,
      `cancelOn "${cancel.event}" if`,
      cancel.if,
      { ...scope, async: payloadOf(cancel.event) },
      true,
    );
    checkDuration(problems, "cancelOn timeout", cancel.timeout);
  }

  if (fn.rateLimit) {
    if (!(fn.rateLimit.limit > 0)) problems.push("rateLimit limit must be greater than 0");
    checkDuration(problems, "rateLimit period", fn.rateLimit.period, { min: 1, max: MAX_RATE_LIMIT_PERIOD_MS });
    checkExpression(problems, "rateLimit key", fn.rateLimit.key, scope);
  }
  checkExpression(problems, "idempotency", fn.idempotency, scope);
  if (fn.throttle) {
    checkDuration(problems, "throttle period", fn.throttle.period, { min: 1 });
    checkExpression(problems, "throttle key", fn.throttle.key, scope);
  }
  if (fn.debounce) {
    checkDuration(problems, "debounce period", fn.debounce.period, DEBOUNCE_PERIOD_MS);
    checkDuration(problems, "debounce timeout", fn.debounce.timeout);
    checkExpression(problems, "debounce key", fn.debounce.key || undefined, scope);
  }
  if (fn.batchEvents) {
    if (fn.batchEvents.maxSize < MIN_BATCH.size) problems.push(`batch size cannot be smaller than ${MIN_BATCH.size}`);
    checkDuration(problems, "batch timeout", fn.batchEvents.timeout, { min: MIN_BATCH.timeoutMs });
    checkExpression(problems, "batch key", fn.batchEvents.key, scope);
    checkExpression(problems, "batch if", fn.batchEvents.if, scope);
    if (cancellations.length > 0 || fn.debounce || fn.singleton || fn.priority?.run) {
      problems.push("batching excludes cancellation, debounce, singleton and priority.run");
    }
  }
  checkExpression(problems, "priority.run", fn.priority?.run, scope);
  checkExpression(problems, "singleton key", fn.singleton?.key, scope);
  checkDuration(problems, "timeouts.start", fn.timeouts?.start, { max: MAX_FUNCTION_TIMEOUT_MS });
  checkDuration(problems, "timeouts.finish", fn.timeouts?.finish, { max: MAX_FUNCTION_TIMEOUT_MS });
  return problems;
}

/** Every rule, for every function of one registration; plus ids that two functions share. */
export function checkInngestSync(functions: FunctionConfig[]): TSyncViolation[] {
  const violations = functions.flatMap((fn) =>
    checkFunctionConfig(fn).map((problem) => ({ functionId: fn.id, problem })),
  );
  const ids = functions.map((fn) => fn.id);
  const duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
  return [
    ...violations,
    ...[...new Set(duplicated)].map((functionId) => ({ functionId, problem: "another function has the same id" })),
  ];
}
