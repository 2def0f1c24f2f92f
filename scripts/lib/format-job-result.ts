// A readable summary of a job result for the CLI: one line per field, nested runs indented.

export function formatJobResult(job: string, result: unknown): string {
  return [`✔ ${job}`, ...lines(result, "  ")].join("\n");
}

function lines(value: unknown, indent: string): string[] {
  if (value === null || typeof value !== "object") return [`${indent}${String(value)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}(none)`];
    return value.flatMap((item, index) =>
      item !== null && typeof item === "object"
        ? [`${indent}- #${index + 1}`, ...lines(item, `${indent}    `)]
        : [`${indent}- ${String(item)}`],
    );
  }
  return Object.entries(value).flatMap(([key, item]) =>
    item !== null && typeof item === "object"
      ? [`${indent}${label(key)}:`, ...lines(item, `${indent}  `)]
      : [`${indent}${label(key)}: ${String(item)}`],
  );
}

function label(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
