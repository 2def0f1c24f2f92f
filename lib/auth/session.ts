// Who is asking. Pages use the `…OrRedirect` helpers; actions and route handlers use `require…`,
// which throw AppError (mapped to 401/403 or a safe message).
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "./actor";
import { auth } from "./index";

export type TSessionUser = { id: string; role: Role; name: string | null; email: string | null };

export async function getSessionUser(): Promise<TSessionUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, role, name, email } = session.user;
  return { id, role, name: name ?? null, email: email ?? null };
}

export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return user;
}

export async function requireAdmin(): Promise<TSessionUser> {
  const user = await requireUser();
  assertAdmin(user);
  return user;
}

export async function requireUserOrRedirect(returnTo: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** An admin page's own check: signed out → sign-in and back; signed in without the ADMIN role → the 403 page. */
export async function requireAdminOrForbidden(returnTo: string): Promise<TSessionUser> {
  const user = await requireUserOrRedirect(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
