"use client";
// What a page of ours shows when loading its data failed (the database is unreachable, …): a plain
// message, a retry, and a way elsewhere. The error itself is logged on the server, never shown.
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function PageError({
  title,
  reset,
  backHref,
  backLabel,
  digest,
}: {
  title: string;
  reset: () => void;
  backHref: string;
  backLabel: string;
  /** Next.js's reference for the logged error, to quote in a bug report. */
  digest?: string;
}) {
  return (
    <div role="alert" className="space-y-4 rounded-xl border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold tracking-tight">{title}</h1>
      <p className="text-sm text-zinc-600">
        Something went wrong on our side. Try again in a moment; if it keeps happening, tell an admin.
        {digest ? <span className="mt-1 block text-xs text-zinc-500">Reference: {digest}</span> : null}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href={backHref} className="text-sm font-medium text-brand-700 underline">
          {backLabel}
        </Link>
      </div>
    </div>
  );
}
