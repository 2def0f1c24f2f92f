// Runs an Inngest function for real (every step.run executes against the test database) with
// @inngest/test's engine — a fresh engine per call, as engines keep state.
import { InngestTestEngine } from "@inngest/test";
import type { InngestFunction } from "inngest";

export type TTestEvent = { name: string; data: Record<string, unknown>; id?: string; ts?: number };

export async function runInngestFunction(
  fn: InngestFunction.Any,
  event: TTestEvent,
): Promise<{ result: unknown; error: unknown }> {
  const engine = new InngestTestEngine({ function: fn, events: [{ ...event, ts: event.ts ?? Date.now() }] });
  const output = (await engine.execute()) as unknown as { result?: unknown; error?: unknown };
  return { result: output.result, error: output.error };
}

/** The event Inngest sends when a cron trigger fires at `at`. */
export function cronTick(at: Date, cron = "* * * * *"): TTestEvent {
  return { name: "inngest/scheduled.timer", data: { cron }, ts: at.getTime() };
}
