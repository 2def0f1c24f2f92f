import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { env } from "@/lib/env";

// Development tools only. Checked here, before any loading boundary streams, so a production build
// answers a real 404 for every /dev page (each page checks again itself).
export default function DevLayout({ children }: { children: ReactNode }) {
  if (!env.isDevelopment) notFound();
  return children;
}
