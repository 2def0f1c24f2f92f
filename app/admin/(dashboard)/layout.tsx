// Who may see /admin, decided here — in a layout above the loading skeleton, so the answer is made
// before anything streams: signed out → a real redirect to sign-in (HTTP 307, back here after);
// signed in without the ADMIN role → forbidden(): HTTP 403 with app/admin/forbidden.tsx.
// The page checks again itself (a layout alone is no permission check), and every admin action and
// /api/admin route refuses non-admins on its own.
import type { ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/admin")}`);
  if (user.role !== "ADMIN") forbidden();
  return children;
}
