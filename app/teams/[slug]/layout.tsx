import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { teamExists } from "@/lib/teams/queries/team-exists";

// The 404 is decided here, outside the page's loading boundary: once the loading skeleton has been
// streamed, the status line (200) is already sent and notFound() could only change the content.
export default async function TeamLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  if (!(await teamExists((await params).slug))) notFound();
  return children;
}
