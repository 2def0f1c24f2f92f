import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

const ROLE: Record<MembershipRole, { label: string; tone: TBadgeTone }> = {
  CAPTAIN: { label: "CAPTAIN", tone: "brand" },
  PLAYER: { label: "PLAYER", tone: "neutral" },
  SUBSTITUTE: { label: "SUBSTITUTE", tone: "warning" },
};

export function RoleBadge({ role }: { role: MembershipRole }) {
  return <Badge tone={ROLE[role].tone}>{ROLE[role].label}</Badge>;
}
