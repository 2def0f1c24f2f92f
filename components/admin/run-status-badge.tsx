import { EnumBadge } from "@/components/ui/enum-badge";
import { RUN_STATUS } from "@/components/ui/enum-display";
import type { RunStatus } from "@/lib/generated/prisma/enums";

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <EnumBadge display={RUN_STATUS} value={status} />;
}
