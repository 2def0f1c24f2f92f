import { PageHeader } from "@/components/ui/page-header";

export default function InvitesLoading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <PageHeader
        title="Team invites"
        description="Join a team by accepting its captain's invite. Invites expire 7 days after they are sent."
      />
      <p className="sr-only" role="status">
        Loading your invites…
      </p>
      <div className="h-24 animate-pulse rounded-xl border border-zinc-200 bg-white" />
      <div className="h-40 animate-pulse rounded-xl border border-zinc-200 bg-white" />
    </div>
  );
}
