// Plays Inngest's part for integration tests, the e2e specs and the benchmarks: runs the app's real
// functions (with @inngest/test's engine, every step.run for real) on events, follows the events
// they send with step.sendEvent, and models what @inngest/test leaves out and the real server does:
// event-id dedup, `throttle` (run starts spaced to the function's limit), retries (a failed run is
// run again from scratch — stricter than Inngest, which keeps finished steps — after a
// RetryAfterError's delay), `onFailure` once the retries are spent, and sleeps (one whose time has
// come goes on at once; one in the future leaves the run "sleeping", unless the caller says every
// sleep is over — time travel, for what would run later). One run at a time.
import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { InngestFunction } from "inngest";

export type TDrivenEvent = { id?: string; name: string; data: Record<string, unknown>; ts?: number };
export type TDrivenRun = {
  fn: string;
  event: string;
  attempts: number;
  /** sleeping: stopped at a step.sleep / sleepUntil whose time has not come (see `sleeps`). */
  status: "completed" | "failed" | "sleeping";
  result?: unknown;
  error?: string;
  attemptErrors: string[];
};
export type TDriveReport = {
  runs: TDrivenRun[];
  /** Every event sent with step.sendEvent, in order. */
  sent: TDrivenEvent[];
  /** Every step.sleepUntil, in order: the driver lets the time pass at once (the test sets the clock). */
  slept: { fn: string; id: string; until: string }[];
  /** The largest step.run return value and the largest event, JSON-encoded, in bytes. */
  maxStepOutputBytes: number;
  maxEventBytes: number;
};
export type TDriveOptions = {
  /** Space run starts as the function's `throttle` would (default true). */
  throttle?: boolean;
  /** Wait before retrying a run that failed without a retry-after (default 0). */
  retryDelayMs?: number;
  /** Longest retry-after honoured; a longer one fails the test run (default 10 s). */
  maxRetryAfterMs?: number;
  /** "when-due" (default): a sleep ends only when its time has come; "elapsed": every sleep is over. */
  sleeps?: "when-due" | "elapsed";
};

/** Thrown in place of a sleep that has not ended: ends the run's attempt as "sleeping". */
const SLEEPING = "DriveInngestSleeping";

/** What the driver reads of a function (InngestFunction keeps these public but untyped for us). */
type TFunction = { id: () => string; opts: Record<string, unknown>; onFailureFn?: unknown; client: unknown };
type TThrottle = { limit: number; period: string; key?: string };
type TErrorLike = { name?: string; message?: string; retryAfter?: number };

const FAILED_EVENT = "inngest/function.failed";

export async function driveInngest(
  functions: readonly InngestFunction.Any[],
  initial: TDrivenEvent[],
  options: TDriveOptions = {},
): Promise<TDriveReport> {
  const { throttle = true, retryDelayMs = 0, maxRetryAfterMs = 10_000, sleeps = "when-due" } = options;
  const report: TDriveReport = { runs: [], sent: [], slept: [], maxStepOutputBytes: 0, maxEventBytes: 0 };
  const seenIds = new Set<string>();
  const lastStart = new Map<string, number>();
  const queue = [...initial];

  for (let event = queue.shift(); event; event = queue.shift()) {
    if (event.id && seenIds.has(event.id)) continue;
    if (event.id) seenIds.add(event.id);
    report.maxEventBytes = Math.max(report.maxEventBytes, byteLength(event));
    for (const fn of (functions as unknown as TFunction[]).filter((candidate) =>
      triggerNames(candidate).includes(event.name),
    )) {
      const spec = fn.opts.throttle as TThrottle | undefined;
      if (throttle && spec) await waitForThrottle(lastStart, `${fn.id()}:${throttleKey(spec, event)}`, spec);
      const maxAttempts = Number(fn.opts.retries ?? 4) + 1;
      let outcome: { result?: unknown; error?: TErrorLike } = {};
      let attempts = 0;
      const attemptErrors: string[] = [];
      while (attempts < maxAttempts) {
        attempts++;
        outcome = await runOnce(fn, event, report, queue, {}, sleeps);
        if (outcome.error?.name === SLEEPING) break;
        if (outcome.error) attemptErrors.push(`${outcome.error.name}: ${outcome.error.message}`);
        if (!outcome.error || outcome.error.name === "NonRetriableError" || attempts === maxAttempts) break;
        const wait = outcome.error.retryAfter ?? retryDelayMs;
        if (wait > maxRetryAfterMs)
          throw new Error(`${fn.id()} asked to retry after ${wait} ms (longer than ${maxRetryAfterMs} ms)`);
        await sleep(wait);
      }
      const isSleeping = outcome.error?.name === SLEEPING;
      const run: TDrivenRun = {
        fn: fn.id(),
        event: event.name,
        attempts,
        status: isSleeping ? "sleeping" : outcome.error ? "failed" : "completed",
        result: isSleeping ? { sleepingUntil: outcome.error?.message } : outcome.result,
        error: isSleeping ? undefined : outcome.error?.message,
        attemptErrors,
      };
      report.runs.push(run);
      if (outcome.error && !isSleeping && fn.onFailureFn)
        await runFailureHandler(fn, event, outcome.error, report, queue);
    }
  }
  return report;
}

async function runOnce(
  fn: TFunction,
  event: TDrivenEvent,
  report: TDriveReport,
  queue: TDrivenEvent[],
  extra: Record<string, unknown> = {},
  sleeps: TDriveOptions["sleeps"] = "when-due",
) {
  // @inngest/test hands back errors serialized, without a RetryAfterError's delay: note it on the way out.
  let retryAfterMs: number | undefined;
  // @inngest/test can start one step of parallel chains (Promise.all of steps) several times in one
  // run; Inngest runs a step once per attempt and memoizes it. So does this: one execution per step id.
  const started = new Map<string, Promise<unknown>>();
  const once = (id: string, work: () => Promise<unknown>) => {
    const running = started.get(id) ?? work();
    started.set(id, running);
    return running;
  };
  const engine = new InngestTestEngine({
    function: fn as unknown as InngestFunction.Any,
    events: [{ ...event, ts: event.ts ?? Date.now() }],
    transformCtx: (raw) => {
      const ctx = mockCtx(raw) as unknown as { step: Record<string, unknown> };
      const run = raw.step.run as (id: string, work: () => Promise<unknown>) => Promise<unknown>;
      ctx.step.run = (id: string, work: () => Promise<unknown>) =>
        run(id, () =>
          once(id, async () => {
            const output = await work().catch((error: unknown) => {
              if (error instanceof Error && "retryAfter" in error) retryAfterMs = toMs(String(error.retryAfter));
              throw error;
            });
            report.maxStepOutputBytes = Math.max(report.maxStepOutputBytes, byteLength(output ?? null));
            return output;
          }),
        );
      // @inngest/test does not send events: a memoized step records them, and they are queued here.
      ctx.step.sendEvent = (id: string, payload: TDrivenEvent | TDrivenEvent[]) =>
        run(id, () =>
          once(id, async () => {
            const events = Array.isArray(payload) ? payload : [payload];
            report.sent.push(...events);
            queue.push(...events);
            return { ids: events.map((sent) => sent.id ?? "") };
          }),
        );
      // @inngest/test waits forever at a sleep it was not given: an ended sleep is a memoized step of
      // the same id; one still running ends the attempt (the error's message says until when).
      // Every sleep is recorded in the report, ended or not.
      const sleepUntil = (id: string, until: Date | string | number) => {
        const at = new Date(until);
        if (sleeps === "elapsed" || at.getTime() <= Date.now())
          return run(id, () =>
            once(id, async () => {
              report.slept.push({ fn: fn.id(), id, until: at.toISOString() });
              return null;
            }),
          );
        report.slept.push({ fn: fn.id(), id, until: at.toISOString() });
        throw Object.assign(new Error(at.toISOString()), { name: SLEEPING });
      };
      ctx.step.sleepUntil = sleepUntil;
      ctx.step.sleep = (id: string, duration: number | string) =>
        sleepUntil(id, Date.now() + (typeof duration === "number" ? duration : periodMs(duration)));
      return { ...ctx, ...extra } as never;
    },
  });
  const output = (await engine.execute()) as unknown as { result?: unknown; error?: TErrorLike };
  return { result: output.result, error: output.error && { ...output.error, retryAfter: retryAfterMs } };
}

/** A RetryAfterError's `retryAfter`: whole seconds (the SDK rounds up), or an RFC 3339 time. */
function toMs(retryAfter: string): number {
  return /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - Date.now();
}

async function runFailureHandler(
  fn: TFunction,
  event: TDrivenEvent,
  error: TErrorLike,
  report: TDriveReport,
  queue: TDrivenEvent[],
) {
  // What the SDK registers as `<id>-failure` (triggered by inngest/function.failed), with the error in its context.
  const client = fn.client as { createFunction: (options: unknown, handler: unknown) => TFunction };
  const failureFn = client.createFunction(
    { id: `${fn.id()}-failure`, triggers: [{ event: FAILED_EVENT }] },
    fn.onFailureFn,
  );
  const failed = {
    name: FAILED_EVENT,
    data: { function_id: fn.id(), event, error: { name: error.name, message: error.message } },
  };
  const outcome = await runOnce(failureFn, failed, report, queue, {
    error: Object.assign(new Error(error.message), { name: error.name ?? "Error" }),
  });
  const run = {
    fn: failureFn.id(),
    event: FAILED_EVENT,
    attempts: 1,
    result: outcome.result,
    error: outcome.error?.message,
    attemptErrors: [],
  };
  report.runs.push({ ...run, status: outcome.error ? "failed" : "completed" });
}

function triggerNames(fn: TFunction): string[] {
  const triggers = Array.isArray(fn.opts.triggers) ? (fn.opts.triggers as { event?: unknown }[]) : [];
  return triggers
    .map((trigger) =>
      typeof trigger.event === "string"
        ? trigger.event
        : ((trigger.event as { name?: string } | undefined)?.name ?? ""),
    )
    .filter(Boolean);
}

/** The throttle key's value for an event: `event.data.a.b` paths only (what the app uses). */
function throttleKey(spec: TThrottle, event: TDrivenEvent): string {
  if (!spec.key) return "";
  const path = spec.key.replace(/^event\./, "").split(".");
  return String(path.reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], event));
}

async function waitForThrottle(lastStart: Map<string, number>, key: string, spec: TThrottle): Promise<void> {
  const spacing = periodMs(spec.period) / spec.limit;
  const earliest = (lastStart.get(key) ?? 0) + spacing;
  if (Date.now() < earliest) await sleep(earliest - Date.now());
  lastStart.set(key, Date.now());
}

function periodMs(period: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(period);
  if (!match) throw new Error(`Unsupported throttle period ${period}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
}

function byteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
