"use client";
import { PageError } from "@/components/ui/page-error";

export default function TeamError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      title="This team page could not be loaded"
      reset={reset}
      backHref="/leaderboard"
      backLabel="Back to the leaderboard"
    />
  );
}
