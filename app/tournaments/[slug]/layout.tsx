import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { tournamentExists } from "@/lib/tournaments/queries/tournament-exists";

// The 404 is decided here, outside the page's loading boundary, so the status line says 404 (the
// page checks again: it never relies on this layout for who may see a draft).
export default async function TournamentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const [{ slug }, viewer] = await Promise.all([params, getSessionUser()]);
  if (!(await tournamentExists(slug, { includeDrafts: viewer?.role === "ADMIN" }))) notFound();
  return children;
}
