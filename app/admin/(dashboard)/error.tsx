"use client";
// The dashboard failed to load (e.g. the database is unreachable): say so and offer a retry.
import { Button } from "@/components/ui/button";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md rounded-xl border border-red-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-xl font-bold">The admin dashboard could not load</h1>
      <p className="mt-2 text-sm text-zinc-600">
        Nothing was changed. This is usually a passing database or network problem.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-zinc-500">Reference: {error.digest}</p> : null}
      <Button className="mt-5" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
