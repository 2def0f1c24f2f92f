// How each Prisma enum shown on screen reads: one label and one badge tone per value, in one place,
// so the public pages and the admin dashboard never disagree (a tournament is "Live" everywhere).
// Keyed by the generated enums, so a new value fails the type check here until it has its words.
// They sit in components/ui, not lib, because a tone is a Badge notion (components/ui/badge.tsx).
import type { TBadgeTone } from "@/components/ui/badge";
import type {
  DeliveryStatus,
  InviteStatus,
  MembershipRole,
  PromotionStatus,
  RunStatus,
  SponsorStatus,
  TournamentStatus,
} from "@/lib/generated/prisma/enums";

export type TEnumDisplay = { label: string; tone: TBadgeTone };

export const TOURNAMENT_STATUS: Record<TournamentStatus, TEnumDisplay> = {
  DRAFT: { label: "Draft", tone: "warning" },
  REGISTRATION: { label: "Registration open", tone: "brand" },
  ONGOING: { label: "Live", tone: "success" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
};

export const RUN_STATUS: Record<RunStatus, TEnumDisplay> = {
  RUNNING: { label: "Running", tone: "brand" },
  SUCCEEDED: { label: "Succeeded", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
  SKIPPED: { label: "Skipped", tone: "neutral" },
};

export const MEMBERSHIP_ROLE: Record<MembershipRole, TEnumDisplay> = {
  CAPTAIN: { label: "CAPTAIN", tone: "brand" },
  PLAYER: { label: "PLAYER", tone: "neutral" },
  SUBSTITUTE: { label: "SUBSTITUTE", tone: "warning" },
};

export const INVITE_STATUS: Record<InviteStatus, TEnumDisplay> = {
  PENDING: { label: "Pending", tone: "brand" },
  ACCEPTED: { label: "Accepted", tone: "success" },
  DECLINED: { label: "Declined", tone: "neutral" },
  EXPIRED: { label: "Expired", tone: "warning" },
  CANCELLED: { label: "Withdrawn", tone: "neutral" },
};

export const SPONSOR_STATUS: Record<SponsorStatus, TEnumDisplay> = {
  PENDING: { label: "Pending", tone: "warning" },
  APPROVED: { label: "Approved", tone: "brand" },
  ACTIVE: { label: "Active", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
  REJECTED: { label: "Rejected", tone: "danger" },
};

export const PROMOTION_STATUS: Record<PromotionStatus, TEnumDisplay> = {
  SCHEDULED: { label: "Scheduled", tone: "brand" },
  ACTIVE: { label: "Active", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
};

/** In the order the admin's delivery counts show them. */
export const DELIVERY_STATUS: Record<DeliveryStatus, TEnumDisplay> = {
  SENT: { label: "Sent", tone: "success" },
  DELIVERED: { label: "Delivered", tone: "success" },
  BOUNCED: { label: "Bounced", tone: "danger" },
  COMPLAINED: { label: "Marked as spam", tone: "danger" },
  FAILED: { label: "Failed", tone: "danger" },
  PENDING: { label: "Pending", tone: "neutral" },
  HELD: { label: "Held for quiet hours", tone: "neutral" },
  SKIPPED: { label: "Skipped", tone: "neutral" },
};
