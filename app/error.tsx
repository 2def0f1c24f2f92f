"use client";
// Any page whose own error boundary is missing: the site's header stays, the failure is said plainly,
// with a retry. The error is logged on the server; only its digest is shown, for a bug report.
import { PageError } from "@/components/ui/page-error";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      title="This page could not be loaded"
      reset={reset}
      backHref="/"
      backLabel="Back to the home page"
      digest={error.digest}
    />
  );
}
