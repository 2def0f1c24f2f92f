import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { RunStatus, TournamentStatus } from "@/lib/generated/prisma/enums";

const TOURNAMENT: Record<TournamentStatus, { tone: TBadgeTone; label: string }> = {
  DRAFT: { tone: "neutral", label: "Draft" },
  REGISTRATION: { tone: "brand", label: "Registration open" },
  ONGOING: { tone: "warning", label: "Ongoing" },
  COMPLETED: { tone: "success", label: "Completed" },
  CANCELLED: { tone: "danger", label: "Cancelled" },
};

const RUN: Record<RunStatus, { tone: TBadgeTone; label: string }> = {
  RUNNING: { tone: "brand", label: "Running" },
  SUCCEEDED: { tone: "success", label: "Succeeded" },
  FAILED: { tone: "danger", label: "Failed" },
  SKIPPED: { tone: "neutral", label: "Skipped" },
};

export function TournamentStatusBadge({ status }: { status: TournamentStatus }) {
  return <Badge tone={TOURNAMENT[status].tone}>{TOURNAMENT[status].label}</Badge>;
}

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <Badge tone={RUN[status].tone}>{RUN[status].label}</Badge>;
}
