// Finds transactions that reach an HTTP call: callbacks given to `$transaction(…)` or
// `transactWithEvents(…)` whose code — directly or through the app's functions it calls, followed
// across imports — calls fetch, inngest.send, step.sendEvent, the Resend SDK or node's http(s).
// Syntactic (the TypeScript parser, no type checker), so it is quick: any reference to a function
// counts as a call (it may report a function passed along and never called), and what it cannot
// resolve — methods of objects, dynamic dispatch, packages — it does not follow.
// Used by lib/outbox/no-http-in-transactions.test.ts.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { readModule, type TFunction, type TModule as TFile } from "./read-ts-module";

export type THttpInTransaction = { file: string; line: number; enclosing: string; path: string[] };

const ROOTS = ["app", "components", "inngest", "lib", "scripts", "prisma"];
const SKIP = /(^|\/)(node_modules|generated|\.next)(\/|$)|\.test\.tsx?$|\.spec\.tsx?$/;

/** Calls that leave the process, by the text of the callee. */
function sinkOf(callee: string): string | null {
  if (callee === "fetch") return "fetch";
  if (/(^|\.)inngest\.send$/.test(callee)) return "inngest.send";
  if (/(^|\.)step\.sendEvent$/.test(callee)) return "step.sendEvent";
  if (/(^|\.)(getResend|resend)\./.test(callee) || /\.(emails|batch)\.send$/.test(callee)) return "Resend";
  if (/^https?\.(request|get)$/.test(callee)) return "node http";
  return null;
}

export function findHttpInTransactions(repoRoot: string): THttpInTransaction[] {
  const files = new Map<string, TFile>();
  const list = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (SKIP.test(path.relative(repoRoot, full))) return [];
      return statSync(full).isDirectory() ? list(full) : /\.tsx?$/.test(entry) ? [full] : [];
    });
  for (const file of ROOTS.filter((root) => existsSync(path.join(repoRoot, root))).flatMap((root) =>
    list(path.join(repoRoot, root)),
  )) {
    files.set(file, readModule(file, repoRoot));
  }

  const resolve = (file: TFile, name: string, seen = new Set<string>()): TFunction | undefined => {
    if (seen.has(`${file.path}#${name}`)) return undefined;
    seen.add(`${file.path}#${name}`);
    const local = file.functions.get(name);
    if (local) return local;
    const imported = file.imports.get(name);
    const target = imported && files.get(imported.from);
    if (target && imported.name !== "*") return resolve(target, imported.name, seen);
    for (const from of file.reexports) {
      const found = files.get(from) && resolve(files.get(from) as TFile, name, seen);
      if (found) return found;
    }
    return undefined;
  };
  const calleeOf = (file: TFile, expression: ts.Expression): { sink: string | null; target?: TFunction } => {
    const text = expression.getText(file.source).replace(/\s+/g, "").replace(/\?\./g, ".").replace(/\(\)/g, "");
    const sink = sinkOf(text);
    if (sink) return { sink };
    if (ts.isIdentifier(expression)) return { sink: null, target: resolve(file, expression.text) };
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
      const namespace = file.imports.get(expression.expression.text);
      const target = namespace?.name === "*" ? files.get(namespace.from) : undefined;
      return { sink: null, target: target && resolve(target, expression.name.text) };
    }
    return { sink: null };
  };

  // The first chain of calls from `node` to an HTTP call, or null.
  const memo = new Map<string, string[] | null>();
  const reach = (file: TFile, node: ts.Node, visiting: Set<string>): string[] | null => {
    let found: string[] | null = null;
    const visit = (child: ts.Node): void => {
      if (found) return;
      const callee = ts.isCallExpression(child) ? child.expression : isReference(child) ? child : null;
      if (callee) {
        const { sink, target } = calleeOf(file, callee);
        if (sink) found = [sink];
        else if (target) {
          const via = reachFunction(target, visiting);
          if (via) found = [target.name, ...via];
        }
      }
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
    return found;
  };
  const reachFunction = (fn: TFunction, visiting: Set<string>): string[] | null => {
    if (memo.has(fn.key)) return memo.get(fn.key) ?? null;
    if (visiting.has(fn.key)) return null;
    visiting.add(fn.key);
    const result = reach(fn.file, fn.node, visiting);
    visiting.delete(fn.key);
    memo.set(fn.key, result);
    return result;
  };

  const findings: THttpInTransaction[] = [];
  for (const file of files.values()) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTransaction(file, node, resolve)) {
        const [work] = node.arguments;
        const body =
          work &&
          (ts.isArrowFunction(work) || ts.isFunctionExpression(work)
            ? work
            : ts.isIdentifier(work)
              ? resolve(file, work.text)?.node
              : undefined);
        const via = body && reach(file, body, new Set());
        if (via) {
          const { line } = file.source.getLineAndCharacterOfPosition(node.getStart(file.source));
          findings.push({
            file: path.relative(repoRoot, file.path),
            line: line + 1,
            enclosing: enclosingName(node),
            path: via,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file.source);
  }
  return findings;
}

function isTransaction(
  file: TFile,
  call: ts.CallExpression,
  resolve: (file: TFile, name: string) => TFunction | undefined,
): boolean {
  if (ts.isPropertyAccessExpression(call.expression)) return call.expression.name.text === "$transaction";
  return (
    ts.isIdentifier(call.expression) &&
    resolve(file, call.expression.text)?.key.endsWith("lib/outbox/transact-with-events.ts#transactWithEvents") === true
  );
}

/** An identifier naming a value (a function passed along, say) — not a callee, a property or a declaration. */
function isReference(node: ts.Node): node is ts.Identifier {
  if (!ts.isIdentifier(node)) return false;
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return false;
  if (
    (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isBindingElement(parent) ||
      ts.isFunctionDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  return !ts.isImportSpecifier(parent) && !ts.isTypeReferenceNode(parent);
}

function enclosingName(node: ts.Node): string {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if ((ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current)) && current.name)
      return current.name.getText();
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  }
  return "(module)";
}
