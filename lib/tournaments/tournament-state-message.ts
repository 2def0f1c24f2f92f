// The user-facing reason a tournament in `status` refuses an operation that needs it open.
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

export function tournamentStateMessage(name: string, status: TournamentStatus): string {
  switch (status) {
    case "DRAFT":
      return `${name} is still a draft.`;
    case "REGISTRATION":
      return `${name} is open for registration.`;
    case "ONGOING":
      return `${name} is under way.`;
    case "COMPLETED":
      return `${name} is already completed.`;
    case "CANCELLED":
      return `${name} was cancelled.`;
  }
}
