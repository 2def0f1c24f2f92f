// Whether a field path (["data", "teamId"]) exists in a zod 4 schema: the test of an expression
// such as `event.data.teamId` against the event's schema in inngest/events.ts. Wrappers (optional,
// nullable, default, pipe, lazy) are looked through; records, `unknown` and `any` admit any key.
type TDef = {
  type: string;
  shape?: Record<string, unknown>;
  catchall?: unknown;
  innerType?: unknown;
  in?: unknown;
  getter?: () => unknown;
  valueType?: unknown;
  element?: unknown;
  items?: unknown[];
  options?: unknown[];
  left?: unknown;
  right?: unknown;
};

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

function defOf(schema: unknown): TDef | null {
  const internals = (schema as { _zod?: { def?: TDef } } | null)?._zod;
  return internals?.def ?? null;
}

export function hasSchemaPath(schema: unknown, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const def = defOf(schema);
  if (!def) return false;
  const [head = "", ...rest] = path;
  if (WRAPPERS.has(def.type)) return hasSchemaPath(def.innerType, path);
  switch (def.type) {
    case "any":
    case "unknown":
      return true;
    case "lazy":
      return def.getter ? hasSchemaPath(def.getter(), path) : false;
    case "pipe":
      return hasSchemaPath(def.in, path);
    case "object":
      if (def.shape && Object.hasOwn(def.shape, head)) return hasSchemaPath(def.shape[head], rest);
      return def.catchall !== undefined && defOf(def.catchall)?.type !== "never" && hasSchemaPath(def.catchall, rest);
    case "record":
      return hasSchemaPath(def.valueType, rest);
    case "array":
      return /^\d+$/.test(head) && hasSchemaPath(def.element, rest);
    case "tuple":
      return (
        /^\d+$/.test(head) && def.items?.[Number(head)] !== undefined && hasSchemaPath(def.items[Number(head)], rest)
      );
    case "union":
      return (def.options ?? []).some((option) => hasSchemaPath(option, path));
    case "intersection":
      return hasSchemaPath(def.left, path) || hasSchemaPath(def.right, path);
    default:
      return false;
  }
}
