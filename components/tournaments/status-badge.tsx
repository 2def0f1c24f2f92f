import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

export const TOURNAMENT_STATUS: Record<TournamentStatus, { label: string; tone: TBadgeTone }> = {
  DRAFT: { label: "Draft", tone: "warning" },
  REGISTRATION: { label: "Registration open", tone: "brand" },
  ONGOING: { label: "Live", tone: "success" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
};

export function TournamentStatusBadge({ status }: { status: TournamentStatus }) {
  return <Badge tone={TOURNAMENT_STATUS[status].tone}>{TOURNAMENT_STATUS[status].label}</Badge>;
}
