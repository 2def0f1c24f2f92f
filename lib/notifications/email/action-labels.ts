// The primary button's wording per type: says what the click does, not just "Open".
import type { TNotificationType } from "@/lib/notifications/catalog";

export const EMAIL_ACTION_LABELS: Record<TNotificationType, string> = {
  invite_sent: "Review the invite",
  invite_accepted: "View your roster",
  roster_changed: "View your roster",
  tournament_registered: "View the tournament",
  match_scheduled: "View the match",
  match_starting: "Check in for the match",
  match_result: "See the result",
  bracket_ready: "View the bracket",
  ranking_changed: "See the rankings",
  sponsor_approved: "View the sponsorship",
  promotion_started: "View the promotion",
  payout_received: "View your coins",
  achievement_earned: "View the achievement",
  announcement: "Read the announcement",
  system: "Open DeltaCrown",
};
