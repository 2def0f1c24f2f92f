// The "counts" column of the automation runs table: a short, readable summary of a run's result
// JSON ("expired 3", "paid 3 · 1,750 coins", "moved 12 · updated 4"). Runs record whatever their
// job returns, so this reads known fields first and any other `…Count` number after them.
import { formatCoins } from "@/lib/format/format-coins";

export type TRunSummaryInput = { status: string; result: unknown; error?: string | null };

/** Known count fields, in the order they are shown, with their words. */
const COUNT_LABELS: [key: string, label: string][] = [
  ["expiredCount", "expired"],
  ["activatedCount", "activated"],
  ["movedCount", "moved"],
  ["updatedCount", "updated"],
  ["wrappedUpCount", "wrapped up"],
  ["deletedCount", "deleted"],
  ["dueCount", "due"],
  ["sent", "sent"],
  ["skipped", "skipped"],
  ["failed", "failed"],
  ["pending", "pending"],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "wrappedUpCount" → "wrapped up". */
function words(key: string): string {
  return key
    .replace(/Count$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

function summarizePayouts(result: Record<string, unknown>): string | null {
  const payouts = Array.isArray(result.payouts) ? result.payouts.filter(isRecord) : [];
  const total = payouts.reduce((sum, payout) => sum + (typeof payout.amount === "number" ? payout.amount : 0), 0);
  switch (result.status) {
    case "success":
      return `paid ${payouts.length} · ${formatCoins(total)}`;
    case "already_distributed":
      return `already distributed (${payouts.length} payouts)`;
    case "not_ready":
      return `not ready${typeof result.reason === "string" ? `: ${result.reason}` : ""}`;
    default:
      return null;
  }
}

export function summarizeRunResult({ status, result }: TRunSummaryInput): string {
  if (status === "RUNNING") return "running…";
  if (!isRecord(result)) return status === "FAILED" ? "failed" : "—";
  if (status === "SKIPPED") return typeof result.reason === "string" ? `skipped: ${result.reason}` : "skipped";

  const payouts = "payouts" in result ? summarizePayouts(result) : null;
  if (payouts) return payouts;

  const parts: string[] = [];
  const seen = new Set<string>();
  for (const [key, label] of COUNT_LABELS) {
    const value = result[key];
    if (typeof value === "number") {
      parts.push(`${label} ${value.toLocaleString("en-US")}`);
      seen.add(key);
    }
  }
  for (const [key, value] of Object.entries(result)) {
    if (!seen.has(key) && key.endsWith("Count") && typeof value === "number")
      parts.push(`${words(key)} ${value.toLocaleString("en-US")}`);
  }
  return parts.length > 0 ? parts.join(" · ") : "done";
}
