// The live streams' summaries, batched: every stream that wants its user's summary within the same
// 20 ms shares two queries (loadBellSummaries) — so one announcement to a thousand open bells costs
// a handful of queries, not two thousand. DataLoader does the batching; nothing is cached.
import DataLoader from "dataloader";
import type { TNotificationSummary } from "@/lib/notifications/inbox/bell-summary";
import { loadBellSummaries } from "@/lib/notifications/inbox/load-bell-summary";

const BATCH_WINDOW_MS = 20;
const MAX_BATCH = 1_000;

export const summaryLoader = new DataLoader<string, TNotificationSummary>(
  async (userIds) => {
    const summaries = await loadBellSummaries(userIds);
    return userIds.map((userId) => summaries.get(userId) ?? { unreadCount: 0, latest: [] });
  },
  { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (callback) => setTimeout(callback, BATCH_WINDOW_MS) },
);
