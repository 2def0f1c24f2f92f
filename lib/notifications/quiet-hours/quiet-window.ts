// Quiet hours: whether an instant falls inside a user's window ("HH:MM"–"HH:MM" in their own time
// zone, any minute, possibly crossing midnight) and, if so, the instant the window ends — the local
// end time on the right local day, found through Intl so daylight-saving changes are honoured (a
// 23:00–08:00 window on the night Europe/Berlin springs forward ends at 08:00 CEST, 06:00 UTC).
// The start is inside the window, the end is not. A window whose start equals its end is off.
import { localParts } from "@/lib/notifications/digest/digest-slot";

export type TQuietHours = { start: string; end: string };
export type TQuietWindow = { isQuiet: false } | { isQuiet: true; endsAt: Date };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const toMinutes = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
};

/** The zone's offset from UTC at `at`, in ms (local wall clock minus UTC). */
function offsetAt(timeZone: string, at: Date): number {
  const { date, minutes } = localParts(timeZone, at);
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  return wall - Math.floor(at.getTime() / MINUTE) * MINUTE;
}

/**
 * The instant whose local wall time in `timeZone` is `minutes` past midnight on local date `date`;
 * when that time does not exist (the clocks jumped over it), one gap later (Temporal's "compatible").
 */
function instantOfLocal(timeZone: string, date: string, minutes: number): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  // Two passes settle the offset (the guess may sit on the other side of a change).
  let guess = wall - offsetAt(timeZone, new Date(wall));
  guess = wall - offsetAt(timeZone, new Date(guess));
  const local = localParts(timeZone, new Date(guess));
  if (local.date === date && local.minutes === minutes) return new Date(guess);
  // A wall time skipped by a spring-forward: read it with the offset after the jump.
  const after = wall - offsetAt(timeZone, new Date(guess + DAY / 24));
  return new Date(Math.max(after, guess));
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

export function quietWindowAt(timeZone: string, hours: TQuietHours | null, at: Date): TQuietWindow {
  if (!hours) return { isQuiet: false };
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  if (start === end) return { isQuiet: false };
  const local = localParts(timeZone, at);
  const crossesMidnight = start > end;
  const isQuiet = crossesMidnight
    ? local.minutes >= start || local.minutes < end
    : local.minutes >= start && local.minutes < end;
  if (!isQuiet) return { isQuiet: false };
  // Before midnight in a window that crosses it, the window ends tomorrow; otherwise today.
  const endDate = crossesMidnight && local.minutes >= start ? nextDate(local.date) : local.date;
  return { isQuiet: true, endsAt: instantOfLocal(timeZone, endDate, end) };
}
