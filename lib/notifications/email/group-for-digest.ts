// The daily digest's shape: notifications grouped by type in catalog order (so every digest reads
// the same way), newest first within a group.
import { NOTIFICATION_TYPES, type TNotificationType } from "@/lib/notifications/catalog";

export type TDigestGroup<T> = { type: TNotificationType; items: T[] };

export function groupForDigest<T extends { type: TNotificationType; createdAt: Date }>(
  notifications: readonly T[],
): TDigestGroup<T>[] {
  const byType = new Map<TNotificationType, T[]>();
  for (const notification of notifications) {
    const items = byType.get(notification.type) ?? [];
    items.push(notification);
    byType.set(notification.type, items);
  }
  const order = new Map(NOTIFICATION_TYPES.map((type, index) => [type, index]));
  return [...byType.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER))
    .map(([type, items]) => ({ type, items: items.toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime()) }));
}
