import type { ReactNode } from "react";
import { requireUserOrRedirect } from "@/lib/auth/session";

// Signed-out visitors are redirected here, before the page's loading skeleton streams, so they get
// a real redirect response (the page checks again itself).
export default async function InvitesLayout({ children }: { children: ReactNode }) {
  await requireUserOrRedirect("/invites");
  return children;
}
