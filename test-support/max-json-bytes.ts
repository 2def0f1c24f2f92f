// The largest JSON (UTF-8 bytes) a zod schema lets through, for the tests that hold every event to
// Inngest's event size limit (inngest/events.test.ts). A string counts 6 bytes a character (JSON's
// worst escape, "\u0000"), a number 24; a string or array without a maximum is unbounded (Infinity),
// so an event schema cannot grow without a test noticing.
import type { z } from "zod";

type TDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number; format?: string; pattern?: RegExp } } }[];
};

/** A pattern that admits only ASCII word characters and . : - (ids): one byte a character in JSON. */
const PLAIN_PATTERN = /^\/\^\[(?:\\w|[.:_-])+\]\+\$\/$/;

const FORMAT_LENGTH: Record<string, number> = { datetime: 40, date: 10, uuid: 36, cuid: 32, email: 254 };

export function maxJsonBytes(schema: z.ZodType): number {
  const def = (schema as unknown as { _zod: { def: TDef } })._zod.def;
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const maximum = checks.find((check) => check.check === "max_length")?.maximum;
  switch (def.type) {
    case "string": {
      const formatCheck = checks.find((check) => check.check === "string_format");
      const format = def.format ?? formatCheck?.format;
      const length = maximum ?? (format ? FORMAT_LENGTH[format] : undefined) ?? Number.POSITIVE_INFINITY;
      const isPlain =
        (format === "regex" && PLAIN_PATTERN.test(String(formatCheck?.pattern))) ||
        (format !== undefined && format in FORMAT_LENGTH);
      return 2 + (isPlain ? 1 : 6) * length;
    }
    case "number":
      return 24;
    case "boolean":
      return 5;
    case "null":
      return 4;
    case "enum":
      return 2 + Math.max(...Object.values(def.entries ?? {}).map((value) => Buffer.byteLength(JSON.stringify(value))));
    case "literal":
      return Math.max(...(def.values ?? []).map((value) => Buffer.byteLength(JSON.stringify(value))));
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return Math.max(4, maxJsonBytes(def.innerType as z.ZodType));
    case "pipe":
      return maxJsonBytes(def.in as z.ZodType);
    case "union":
      return Math.max(...(def.options ?? []).map(maxJsonBytes));
    case "array":
      return 2 + (maximum ?? Number.POSITIVE_INFINITY) * (maxJsonBytes(def.element as z.ZodType) + 1);
    case "object":
      return (
        2 +
        Object.entries(def.shape ?? {}).reduce(
          (sum, [key, value]) => sum + Buffer.byteLength(JSON.stringify(key)) + 2 + maxJsonBytes(value),
          0,
        )
      );
    default:
      return Number.POSITIVE_INFINITY;
  }
}
