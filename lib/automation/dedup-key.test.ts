import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, generateDedupKey } from "./dedup-key";

describe("generateDedupKey", () => {
  it("is a 64-character lowercase SHA-256 hex digest", () => {
    expect(generateDedupKey("recompute_rankings", { tournamentId: "t1" })).toMatch(/^[0-9a-f]{64}$/);
    expect(generateDedupKey("expire_invites")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the SHA-256 of the canonical JSON of [job, args] (reproducible outside this code)", () => {
    const expected = createHash("sha256")
      .update('["distribute_payouts",{"place":1,"tournamentId":"t1"}]')
      .digest("hex");
    expect(generateDedupKey("distribute_payouts", { tournamentId: "t1", place: 1 })).toBe(expected);
  });

  it("is the same whatever order the arguments (and nested objects) are written in", () => {
    const a = generateDedupKey("job", { b: 1, a: { y: [1, { q: 1, p: 2 }], x: "s" } });
    const b = generateDedupKey("job", { a: { x: "s", y: [1, { p: 2, q: 1 }] }, b: 1 });
    expect(a).toBe(b);
  });

  it("is the same on every call", () => {
    expect(generateDedupKey("job", { n: 1 })).toBe(generateDedupKey("job", { n: 1 }));
  });

  it("differs by job name", () => {
    expect(generateDedupKey("recompute_rankings", { tournamentId: null })).not.toBe(
      generateDedupKey("distribute_payouts", { tournamentId: null }),
    );
  });

  it("differs by argument value, type and array order", () => {
    const key = (args: Record<string, unknown>) => generateDedupKey("job", args);
    expect(key({ tournamentId: "t1" })).not.toBe(key({ tournamentId: "t2" }));
    expect(key({ n: 1 })).not.toBe(key({ n: "1" }));
    expect(key({ list: [1, 2] })).not.toBe(key({ list: [2, 1] }));
  });

  it("keeps the job name and the arguments apart (no separator a name could fake)", () => {
    expect(generateDedupKey('a",{"x":1}', {})).not.toBe(generateDedupKey("a", { x: 1 }));
  });

  it("tells null apart from a missing argument, and treats undefined as missing", () => {
    expect(generateDedupKey("job", { tournamentId: null })).not.toBe(generateDedupKey("job", {}));
    expect(generateDedupKey("job", { tournamentId: undefined })).toBe(generateDedupKey("job", {}));
    expect(generateDedupKey("job")).toBe(generateDedupKey("job", {}));
  });

  it("hashes a Date as its ISO timestamp", () => {
    const at = new Date("2026-11-29T06:00:00.000Z");
    expect(generateDedupKey("job", { at })).toBe(generateDedupKey("job", { at: "2026-11-29T06:00:00.000Z" }));
  });

  it("refuses values JSON would silently turn into null", () => {
    expect(() => generateDedupKey("job", { n: Number.NaN })).toThrow(TypeError);
    expect(() => generateDedupKey("job", { n: Infinity })).toThrow(TypeError);
    expect(() => generateDedupKey("job", { n: 1n })).toThrow(TypeError);
    expect(() => generateDedupKey("job", { f: () => 1 })).toThrow(TypeError);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth, drops undefined properties and writes no whitespace", () => {
    expect(canonicalJson({ b: 2, a: { d: undefined, c: [3, undefined] } })).toBe('{"a":{"c":[3,null]},"b":2}');
  });

  it("sorts integer-like keys as strings (JavaScript would otherwise put them first, in numeric order)", () => {
    expect(canonicalJson({ b: 1, 10: 1, 2: 1 })).toBe('{"10":1,"2":1,"b":1}');
  });
});
