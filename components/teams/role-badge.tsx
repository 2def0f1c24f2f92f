import { EnumBadge } from "@/components/ui/enum-badge";
import { MEMBERSHIP_ROLE } from "@/components/ui/enum-display";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export function RoleBadge({ role }: { role: MembershipRole }) {
  return <EnumBadge display={MEMBERSHIP_ROLE} value={role} />;
}
