// One line of `npm run doctor`'s checklist: what was checked, how it went, and what to do about it.
export type TCheckStatus = "pass" | "warn" | "fail";
export type TCheck = { title: string; status: TCheckStatus; detail: string; fix?: string };

export const pass = (title: string, detail: string): TCheck => ({ title, status: "pass", detail });
export const warn = (title: string, detail: string, fix: string): TCheck => ({ title, status: "warn", detail, fix });
export const fail = (title: string, detail: string, fix: string): TCheck => ({ title, status: "fail", detail, fix });

const MARKS: Record<TCheckStatus, string> = { pass: "✔", warn: "!", fail: "✖" };

export function formatChecklist(checks: TCheck[]): string {
  const lines = checks.flatMap((check) => [
    `${MARKS[check.status]} ${check.title}: ${check.detail}`,
    ...(check.fix ? [`    fix: ${check.fix}`] : []),
  ]);
  const failed = checks.filter((check) => check.status === "fail").length;
  const warned = checks.filter((check) => check.status === "warn").length;
  const summary = failed
    ? `${failed} blocker(s), ${warned} warning(s): not ready to deploy.`
    : `Ready to deploy${warned ? ` (${warned} warning(s))` : ""}.`;
  return [...lines, "", summary].join("\n");
}
