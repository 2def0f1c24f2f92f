"use client";
import { PageError } from "@/components/ui/page-error";

export default function InvitesError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError title="Your invites could not be loaded" reset={reset} backHref="/" backLabel="Back to the home page" />
  );
}
