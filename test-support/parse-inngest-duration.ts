// Durations in a function config (periods, timeouts, jitter) are strings that Inngest's server reads
// with go-str2duration: Go's units plus days and weeks ("500ms", "1h30m", "2d", "1w").
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d|w)/y;

/** The duration in milliseconds, or null where the server could not parse it. */
export function parseInngestDuration(text: string): number | null {
  if (text === "0") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[-+]/, "");
  if (body === "") return null;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < body.length) {
    const match = PART.exec(body);
    const [, amount, unit] = match ?? [];
    if (!amount || !unit) return null;
    total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
  }
  return Number.isFinite(total) ? sign * total : null;
}
