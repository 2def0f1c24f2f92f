// Who performs a domain operation. Entry points pass the signed-in user (a TSessionUser fits); CLI
// and tests pass a plain object. Every operation checks the actor's rights itself.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type TActor = { id: string; role: Role };

export function assertAdmin(actor: TActor): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can do this.");
}
