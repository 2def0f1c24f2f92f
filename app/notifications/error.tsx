"use client";
// When the center fails to load: say so plainly and offer a retry (which refetches the page).
import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { TriangleAlert } from "lucide-react";

export default function NotificationsError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="mx-auto max-w-lg rounded-xl border border-red-200 bg-white p-6 text-center shadow-sm" role="alert">
      <TriangleAlert aria-hidden className="mx-auto size-8 text-red-600" />
      <h1 className="mt-2 text-xl font-bold tracking-tight">We could not load your notifications</h1>
      <p className="mt-1 text-sm text-zinc-600">
        This is usually temporary. Nothing was changed. Try again in a moment.
      </p>
      {digest ? <p className="mt-2 text-xs text-zinc-500">Reference: {digest}</p> : null}
      <div className="mt-4 flex justify-center gap-2">
        <Button onClick={() => retry()}>Try again</Button>
        <Link
          href="/"
          className="inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold text-zinc-700 hover:bg-zinc-100"
        >
          Go home
        </Link>
      </div>
    </div>
  );
}
