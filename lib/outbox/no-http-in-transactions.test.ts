// No HTTP call inside a database transaction, anywhere in the app (the runtime guard is
// lib/outbox/transaction-scope.ts). A transaction that reaches fetch, inngest.send, step.sendEvent,
// Resend or node's http — itself or through the functions it calls — fails here.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findHttpInTransactions, type THttpInTransaction } from "@/test-support/find-http-in-transactions";

/** Offenders being moved after commit: remove the entry with the fix (the test fails on one that no longer offends). Never add one. */
const BEING_FIXED = new Set<string>([]);

const keyOf = (finding: THttpInTransaction) => `${finding.file} ${finding.enclosing}`;
const describeFinding = (finding: THttpInTransaction) =>
  `${finding.file}:${finding.line} (${finding.enclosing}) reaches ${finding.path.join(" → ")}`;

describe("transactions and HTTP calls", () => {
  it("no transaction in the app reaches an HTTP call", () => {
    const findings = findHttpInTransactions(process.cwd());
    expect(findings.filter((finding) => !BEING_FIXED.has(keyOf(finding))).map(describeFinding)).toEqual([]);
    const fixed = [...BEING_FIXED].filter((key) => !findings.some((finding) => keyOf(finding) === key));
    expect(fixed, "fixed: remove these from BEING_FIXED").toEqual([]);
  });

  it("finds one however it is reached: directly, through imported functions, in transactWithEvents, or by nesting a publish", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "http-in-tx-"));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write(
      "lib/outbox/transact-with-events.ts",
      `
      import { publish } from "./publish";
      export async function transactWithEvents(work) { const value = await db.$transaction((tx) => work(tx)); await publish(); return value; }`,
    );
    write("lib/outbox/publish.ts", `export const publish = () => inngest.send([]);`);
    write("lib/mail/index.ts", `export * from "./send";`);
    write("lib/mail/send.ts", `export async function sendMail() { return getResend().emails.send({}); }`);
    write("lib/chat/post.ts", `export async function post(url) { return fetch(url); }`);
    write(
      "lib/chat/notify.ts",
      `import { post } from "./post"; export const notifyAll = async (urls) => Promise.all(urls.map(post));`,
    );
    write(
      "lib/ops.ts",
      `
      import { transactWithEvents } from "@/lib/outbox/transact-with-events";
      import * as chat from "./chat/notify";
      import { sendMail } from "@/lib/mail";
      export async function direct() { await db.$transaction(async () => { await fetch("https://example.com"); }); }
      export async function viaImports() { await db.$transaction(async (tx) => { await chat.notifyAll(["u"]); }); }
      export async function inOutboxWork() { await transactWithEvents(async () => { await sendMail(); }); }
      export async function nested() { await transactWithEvents(async () => { await transactWithEvents(async () => {}); }); }
      export async function afterCommit() { await db.$transaction(async (tx) => tx.team.update({})); await sendMail(); await transactWithEvents(async () => {}); }`,
    );

    const findings = findHttpInTransactions(root);
    expect(findings.map((finding) => [finding.enclosing, finding.path])).toEqual([
      ["direct", ["fetch"]],
      ["viaImports", ["notifyAll", "post", "fetch"]],
      ["inOutboxWork", ["sendMail", "Resend"]],
      ["nested", ["transactWithEvents", "publish", "inngest.send"]],
    ]);
  });
});
