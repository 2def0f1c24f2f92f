// Where a long run's SQL time went: statements grouped by their first words, with how the time of
// one execution changed from the first tenth of the run to the last (growth with the data written).
import { formatCount, formatMs } from "./measure";
import { summarizeStatement, type TStatement } from "./sql-counter";

type TKind = { kind: string; statements: TStatement[]; ms: number; max: number };

export function groupByKind(statements: TStatement[], width = 70): TKind[] {
  const byKind = new Map<string, TKind>();
  for (const statement of statements) {
    const kind = summarizeStatement(statement.text, width);
    const entry = byKind.get(kind) ?? { kind, statements: [], ms: 0, max: 0 };
    entry.statements.push(statement);
    entry.ms += statement.ms;
    entry.max = Math.max(entry.max, statement.ms);
    byKind.set(kind, entry);
  }
  return [...byKind.values()].sort((a, b) => b.ms - a.ms);
}

/** The `top` kinds by total time, as report rows: total, count, max, and the average of the first and last tenth of its executions. */
export function slowestKinds(statements: TStatement[], top: number, width = 46): [string, string][] {
  return groupByKind(statements, width)
    .slice(0, top)
    .map((entry) => {
      const tenth = Math.max(1, Math.floor(entry.statements.length / 10));
      const average = (part: TStatement[]) =>
        part.reduce((total, statement) => total + statement.ms, 0) / Math.max(1, part.length);
      const growth =
        entry.statements.length >= 10
          ? ` · first tenth ${formatMs(average(entry.statements.slice(0, tenth)))} → last tenth ${formatMs(average(entry.statements.slice(-tenth)))} each`
          : "";
      return [
        `  ${entry.kind}`,
        `${formatMs(entry.ms)} · ${formatCount(entry.statements.length)}× · max ${formatMs(entry.max)}${growth}`,
      ];
    });
}
