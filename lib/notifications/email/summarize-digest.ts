// Counts and wording shared by the digest template and its subject line.

export type TDigestSummary = { totalCount: number; categoryCount: number; summary: string };

export function summarizeDigest(groups: readonly { items: readonly unknown[] }[]): TDigestSummary {
  const nonEmpty = groups.filter((group) => group.items.length > 0);
  const totalCount = nonEmpty.reduce((sum, group) => sum + group.items.length, 0);
  const categoryCount = nonEmpty.length;
  return {
    totalCount,
    categoryCount,
    summary: `${countNotifications(totalCount)} in ${plural(categoryCount, "category", "categories")}`,
  };
}

/** "1 new notification", "7 new notifications". */
export function countNotifications(count: number): string {
  return plural(count, "new notification", "new notifications");
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
