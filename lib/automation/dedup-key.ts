// Dedup keys, as the specification's `generate_dedup_key(task_name, **kwargs)`: a SHA-256 hex digest of the
// job name and its arguments, so the same logical run always has the same key whatever the order the
// arguments were written in.
//
// What is hashed: the canonical JSON of `[job, args]` — object keys sorted (by UTF-16 code unit, at
// every depth), no whitespace, `undefined` properties dropped. The array form keeps the job name and
// the arguments apart without a separator that a job name could contain.
//
// `null` and a missing argument are different keys: `null` is a value someone chose ("all teams"),
// a missing one is not. A caller whose argument is optional passes `arg ?? null`, so "not given" and
// "given as undefined" hash alike (recomputeRankings does this with tournamentId).
import { createHash } from "node:crypto";

export function generateDedupKey(job: string, args: Record<string, unknown> = {}): string {
  return createHash("sha256")
    .update(canonicalJson([job, args]))
    .digest("hex");
}

/**
 * JSON with object keys sorted at every depth, `undefined` object properties dropped (inside arrays
 * they become null, as JSON.stringify does) and values with `toJSON` (Date) serialized through it.
 * Throws on what JSON cannot carry faithfully (NaN, Infinity, bigint, functions, symbols) instead of
 * silently turning it into null — two different inputs must never share a key.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  }
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`Cannot build a dedup key from the number ${value}`);
      return JSON.stringify(value);
    case "object":
      if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(",")}}`;
    default:
      throw new TypeError(`Cannot build a dedup key from a value of type ${typeof value}`);
  }
}
