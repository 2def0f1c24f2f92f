// A captured email's headers (a JSON object) as display rows, List-Unsubscribe first.
const FIRST = ["List-Unsubscribe", "List-Unsubscribe-Post"];

export function listHeaderEntries(headers: unknown): [string, string][] {
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return [];
  return Object.entries(headers as Record<string, unknown>)
    .map(([name, value]): [string, string] => [name, typeof value === "string" ? value : JSON.stringify(value)])
    .sort(([a], [b]) => {
      const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
}
