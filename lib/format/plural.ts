// A count with its noun: "1 event waits", "1,204 events wait". One helper for every count the
// dashboard writes into a sentence, so thousands read the same everywhere.

/** 1 → "1 player", 1204 → "1,204 players". `many` is given, not derived: English plurals are irregular. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
