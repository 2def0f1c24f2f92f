// Query plans of the SQL the app really sends: `captureQueries` records each statement's text and
// bind values as the pg driver submits them (the statement counter keeps only the text), and
// `explainAnalyze` runs EXPLAIN (ANALYZE, BUFFERS) of that exact text with those exact values.
import pg from "pg";
import { formatCount } from "./measure";

export type TCapturedQuery = { text: string; values: unknown[] };

type TSubmit = (this: TQueryInternals, ...args: unknown[]) => unknown;
type TQueryInternals = { text?: string; values?: unknown[] };

/**
 * Runs `work`, recording every query the pg driver submits meanwhile (any connection: pg.Query's
 * `submit` is wrapped for the duration, then restored). Bench-only: nothing else may run meanwhile.
 */
export async function captureQueries<T>(work: () => Promise<T>): Promise<{ value: T; queries: TCapturedQuery[] }> {
  const prototype = pg.Query.prototype as unknown as { submit: TSubmit };
  const original = prototype.submit;
  const queries: TCapturedQuery[] = [];
  prototype.submit = function submit(this: TQueryInternals, ...args: unknown[]) {
    queries.push({ text: this.text ?? "", values: [...(this.values ?? [])] });
    return original.apply(this, args);
  };
  try {
    return { value: await work(), queries };
  } finally {
    prototype.submit = original;
  }
}

/**
 * The plan's text lines: actual rows and buffers per node and the execution time. TIMING OFF: a
 * clock read per row and node would inflate a plan that walks thousands of rows.
 */
export async function explainAnalyze(client: pg.ClientBase, query: TCapturedQuery): Promise<string[]> {
  const result = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, COSTS OFF) ${query.text}`,
    query.values,
  );
  return result.rows.map((row) => row["QUERY PLAN"]);
}

/** The plan lines worth printing: nodes, their index conditions/filters, heap fetches, buffers, execution time (long lines cut at `width`). */
export function briefPlan(lines: string[], width = 150): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (/^Planning/.test(trimmed)) break;
    const isNode = /^\s*(->\s+)?[A-Z][\w ]*?(\s+(using|on)\s+.*)?\s+\(actual /.test(trimmed);
    const isDetail = /^\s*(Index Cond|Filter|Recheck Cond|Rows Removed by Filter|Heap Fetches|Buffers):/.test(trimmed);
    if (!isNode && !isDetail) continue;
    const short = trimmed.replace(
      /\s*\(actual (?:time=[\d.]+\.\.[\d.]+ )?rows=([\d.]+) loops=(\d+)\)/,
      (_, rows: string, loops: string) => ` · rows ${Number(rows)}${loops === "1" ? "" : ` × ${loops} loops`}`,
    );
    kept.push(short.length > width ? `${short.slice(0, width - 1)}…` : short);
  }
  const execution = lines.find((line) => /^Execution Time:/.test(line.trim()));
  if (execution) kept.push(execution.trim());
  return kept;
}

export type TTableScans = {
  /** Seq Scan nodes on the table. */
  seqScans: string[];
  /** Index scans (plain, only, backward, bitmap) through an index whose name starts with the wanted prefix. */
  wanted: string[];
  /** Index scans through the table's other indexes (named "<table>_…"). */
  others: string[];
};

/** How a plan reads `table`: sequentially, through the indexes named `wantedPrefix…`, or through its other indexes. */
export function scansOf(lines: string[], table: string, wantedPrefix: string): TTableScans {
  const indexScan = new RegExp(
    `(Index Scan|Index Scan Backward|Index Only Scan|Index Only Scan Backward|Bitmap Index Scan) (using|on) "?(${table}_\\w+)`,
  );
  const scans = { seqScans: [] as string[], wanted: [] as string[], others: [] as string[] };
  for (const line of lines) {
    if (new RegExp(`Seq Scan on "?${table}"?( |$)`).test(line)) scans.seqScans.push(line);
    const index = line.match(indexScan)?.[3];
    if (index) (index.startsWith(wantedPrefix) ? scans.wanted : scans.others).push(line);
  }
  return scans;
}

/** "  ->  Index Only Scan using "Notification_userId_…" on "Notification" · rows …" → "Index Only Scan using Notification_userId_…". */
export function scanName(line: string): string {
  const match = line.match(
    /(Seq Scan|Index Scan Backward|Index Scan|Index Only Scan Backward|Index Only Scan|Bitmap Index Scan|Bitmap Heap Scan) (using|on) "?(\w+)"?/,
  );
  return match ? `${match[1]} ${match[2]} ${match[3]}` : line.trim();
}

/** "Index Only Scan using Notification_userId_… · 7 buffers · 0.7 ms", other indexes and Seq Scans marked. */
export function describeScans(scans: TTableScans | undefined, lines: string[]): string {
  if (!scans) return "?";
  const names = [
    ...scans.wanted.map(scanName),
    ...scans.others.map((line) => `${scanName(line)} (not the wanted index)`),
    ...scans.seqScans.map((line) => `${scanName(line)} (Seq Scan)`),
  ];
  const top = lines.find((line) => /^\s*Buffers:/.test(line)) ?? "";
  const buffers = ["hit", "read"].reduce(
    (total, kind) => total + Number(top.match(new RegExp(`${kind}=(\\d+)`))?.[1] ?? 0),
    0,
  );
  const removed = lines.reduce(
    (total, line) => total + Number(line.match(/Rows Removed by Filter: (\d+)/)?.[1] ?? 0),
    0,
  );
  const execution = lines.find((line) => /^Execution Time:/.test(line.trim()))?.match(/([\d.]+) ms/)?.[1];
  return [
    names.join(" + ") || "no scan",
    removed ? `${formatCount(removed)} rows read and filtered out` : "",
    `${formatCount(buffers)} buffers`,
    execution ? `${execution} ms` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export const isExplainable = (query: TCapturedQuery) => /^\s*(SELECT|WITH)\b/i.test(query.text);
