"use client";
import { PageError } from "@/components/ui/page-error";

export default function TournamentsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      title="The tournament could not be loaded"
      reset={reset}
      backHref="/"
      backLabel="Back to the home page"
    />
  );
}
