import { EnumBadge } from "@/components/ui/enum-badge";
import { TOURNAMENT_STATUS } from "@/components/ui/enum-display";
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

/** The one tournament status badge, on the public pages and the admin dashboard alike. */
export function TournamentStatusBadge({ status }: { status: TournamentStatus }) {
  return <EnumBadge display={TOURNAMENT_STATUS} value={status} />;
}
