// An expression of a function config (a trigger's or cancelOn's `if`, a concurrency / throttle /
// rateLimit / debounce / idempotency / priority / singleton / batch key) as Inngest's server reads it:
// CEL, compiled with the variables `event`, `async` and `vars` (inngest/inngest pkg/expressions).
// Parsed here with a real CEL parser; then every field path it reads must exist in the zod schema of
// every event that can be in that variable — a typo'd key would otherwise group all runs under one
// empty key, silently. Cancellation `if`s follow the server's restrictive policy: no macros and no
// function calls or arithmetic, only comparisons, logic, indexing and int/uint/double.
import { type ASTNode, parse } from "@marcbachmann/cel-js";
import { hasSchemaPath } from "./has-schema-path";

/** What a variable (`event`, `async`) may hold: the events it can be, each with its data schema. */
export type TExpressionScope = Record<string, { name: string; data: unknown }[]>;

const MACROS = new Set(["has", "all", "exists", "exists_one", "map", "filter"]);
/** Calls the restrictive policy allows besides operators (validation.go typeConvFnNames). */
const TYPE_CONVERSIONS = new Set(["int", "uint", "double"]);
/** Operators the restrictive policy counts as function calls (validation.go mathFnNames). */
const ARITHMETIC = new Set(["+", "-", "*", "/", "%", "-_"]);
/** Fields of every event besides `data` (Inngest's event envelope). */
const ENVELOPE_FIELDS = new Set(["id", "name", "ts", "v", "user"]);

type TPath = { root: string; segments: string[] };

function pathOf(node: ASTNode): TPath | null {
  if (node.op === "id") return { root: node.args, segments: [] };
  if (node.op === "." || node.op === ".?") {
    const base = pathOf(node.args[0]);
    return base && { root: base.root, segments: [...base.segments, node.args[1]] };
  }
  if (node.op === "[]" || node.op === "[?]") {
    const [operand, index] = node.args;
    const base = pathOf(operand);
    const key =
      index.op === "value" && (typeof index.args === "string" || typeof index.args === "bigint")
        ? String(index.args)
        : null;
    return base && key !== null ? { root: base.root, segments: [...base.segments, key] } : null;
  }
  return null;
}

const render = ({ root, segments }: TPath) => [root, ...segments].join(".");

function hasEventPath(data: unknown, segments: string[]): boolean {
  const [field, ...rest] = segments;
  if (field === undefined) return true;
  if (field === "data") return hasSchemaPath(data, rest);
  return ENVELOPE_FIELDS.has(field) && (field === "user" || rest.length === 0);
}

/** Why Inngest's server would refuse this expression, or why it would read a field that never exists. */
export function checkInngestExpression(
  expression: string,
  scope: TExpressionScope,
  { restrictive = false } = {},
): string[] {
  let ast: ASTNode;
  try {
    ast = parse(expression).ast;
  } catch (error) {
    return [
      `"${expression}" is not valid CEL: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    ];
  }
  const problems: string[] = [];
  const checkCall = (name: string) => {
    if (!restrictive || TYPE_CONVERSIONS.has(name)) return;
    problems.push(
      MACROS.has(name)
        ? `macros are disallowed here (uses '${name}')`
        : `function calls are disallowed here (uses '${name}')`,
    );
  };
  const checkPath = (path: TPath, bound: ReadonlySet<string>) => {
    if (bound.has(path.root)) return;
    const payloads = scope[path.root];
    if (!payloads) {
      problems.push(`"${path.root}" is not defined here (the expression can read ${Object.keys(scope).join(", ")})`);
      return;
    }
    for (const payload of payloads) {
      if (!hasEventPath(payload.data, path.segments))
        problems.push(`${render(path)} is not a field of ${payload.name}`);
    }
  };
  const walk = (node: ASTNode, bound: ReadonlySet<string>): void => {
    const path = pathOf(node);
    if (path) return checkPath(path, bound);
    if (ARITHMETIC.has(node.op)) checkCall(node.op);
    if (node.op === "call") {
      checkCall(node.args[0]);
      return node.args[1].forEach((arg) => walk(arg, bound));
    }
    if (node.op === "rcall") {
      const [name, receiver, args] = node.args;
      checkCall(name);
      walk(receiver, bound);
      // A macro's first argument names its loop variable (e.g. `x` in `items.exists(x, x > 1)`).
      const [first] = args;
      const inner = MACROS.has(name) && first?.op === "id" ? new Set([...bound, first.args]) : bound;
      return args.forEach((arg, index) => (index === 0 && inner !== bound ? undefined : walk(arg, inner)));
    }
    const children: unknown[] = Array.isArray(node.args) ? node.args.flat() : [node.args];
    for (const child of children) {
      if (child && typeof child === "object" && "op" in child) walk(child as ASTNode, bound);
    }
  };
  walk(ast, new Set());
  return problems;
}
