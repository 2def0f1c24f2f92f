// Signed-out visitors are sent to sign-in here, outside loading.tsx's Suspense boundary, so they get
// a real 307 instead of a streamed skeleton and a client-side redirect. The page checks again.
import type { ReactNode } from "react";
import { requireUserOrRedirect } from "@/lib/auth/session";

export default async function NotificationsLayout({ children }: { children: ReactNode }) {
  await requireUserOrRedirect("/notifications");
  return children;
}
