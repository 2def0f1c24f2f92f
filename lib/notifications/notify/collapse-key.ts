// The one rule for which notifications replace each other: notices of one kind about one object.
// A match's schedule notices (scheduled, moved, cancelled) share a key, so a player's newest one
// supersedes the earlier ones (create-notifications.ts) and the center shows only the current call.
import type { TNotificationRequest } from "./notification-request";

export function collapseKeyOf(request: Pick<TNotificationRequest, "type" | "data">): string | null {
  if (request.type === "match_scheduled" && request.data?.matchId) return `match_scheduled:${request.data.matchId}`;
  return null;
}
