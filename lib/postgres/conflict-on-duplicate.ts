// Unique constraints are the final guard against concurrent duplicates: the losing request's
// insert fails with Prisma's P2002 and is answered as a CONFLICT with a clear message.
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Awaits `work`; a unique violation becomes AppError CONFLICT with `message`, anything else is rethrown. */
export async function conflictOnDuplicate<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", message, { cause: error });
    throw error;
  }
}
