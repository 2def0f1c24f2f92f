// A cron trigger as Inngest's server reads it (inngest/inngest pkg/inngest/trigger.go, robfig/cron v3
// with Minute | Hour | Dom | Month | Dow): an optional "TZ=<zone> " or "CRON_TZ=<zone> " prefix, then
// exactly five fields — no seconds, no descriptors (@daily), no L / W / # / H. cron-parser checks
// the ranges and steps; what it accepts beyond that grammar is refused here first.
import { CronExpressionParser } from "cron-parser";
import { MAX_CRON_LENGTH } from "./inngest-server-limits";

const FIELDS = [
  { name: "minute", max: 59 },
  { name: "hour", max: 23 },
  { name: "day of month", max: 31 },
  {
    name: "month",
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  // robfig's day-of-week bounds are 0–6: 7 for Sunday is refused.
  { name: "day of week", max: 6, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
] as const;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why a field is outside robfig's grammar, or null. */
function checkField(value: string, field: (typeof FIELDS)[number]): string | null {
  const names: readonly string[] = "names" in field ? field.names : [];
  for (const atom of value.split(",")) {
    const [range = "", step, extra] = atom.split("/");
    if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step))) return `bad step in "${atom}"`;
    if (range === "*" || range === "?") continue;
    for (const bound of range.split("-")) {
      const isNumber = /^\d+$/.test(bound);
      if (!isNumber && !names.includes(bound.toUpperCase())) return `"${bound}" is not a ${field.name}`;
      if (isNumber && Number(bound) > field.max) return `${bound} is out of range for ${field.name} (0–${field.max})`;
    }
  }
  return null;
}

/** Why Inngest's server would refuse this cron trigger, or null when it syncs. */
export function checkInngestCron(cron: string): string | null {
  if (cron.length > MAX_CRON_LENGTH) return `cron is longer than ${MAX_CRON_LENGTH} characters`;
  let spec = cron.trim();
  let tz: string | undefined;
  const prefix = /^(?:CRON_TZ|TZ)=(\S*)\s+/.exec(spec);
  if (prefix) {
    tz = prefix[1] ?? "";
    if (!isValidTimeZone(tz)) return `unknown time zone "${tz}"`;
    spec = spec.slice(prefix[0].length).trim();
  }
  if (spec.startsWith("@")) return `descriptors like "${spec}" are not accepted: write the five fields`;
  const fields = spec.split(/\s+/);
  if (fields.length !== FIELDS.length)
    return `expected 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`;
  for (const [index, field] of FIELDS.entries()) {
    const problem = checkField(fields[index] ?? "", field);
    if (problem) return problem;
  }
  try {
    CronExpressionParser.parse(spec, { tz });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}
