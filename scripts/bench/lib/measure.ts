// Timing helpers shared by the bench modules.
import { performance } from "node:perf_hooks";
import type { TSqlCounter, TStatement } from "./sql-counter";

/** startedAt: performance.now() when `work` began, the clock of TStatement's times. */
export type TMeasurement<T> = { ms: number; startedAt: number; statements: TStatement[]; value: T };

/** Runs `work` once, timing it and collecting the SQL statements it sent. */
export async function measure<T>(sql: TSqlCounter, work: () => Promise<T>): Promise<TMeasurement<T>> {
  sql.reset();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const statements = [...sql.statements];
  sql.reset();
  return { ms, startedAt: started, statements, value };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const formatMs = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString("en-US")} ms`;
export const formatCount = (n: number) => n.toLocaleString("en-US");
