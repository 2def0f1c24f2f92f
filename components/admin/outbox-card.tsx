// The outbox: events committed with their change but not yet accepted by Inngest.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TOutboxStatus } from "@/lib/admin/get-outbox-status";
import { When } from "./when";

export function OutboxCard({ outbox, timeZone }: { outbox: TOutboxStatus; timeZone: string }) {
  const { pendingCount, oldestPending } = outbox;
  return (
    <Card headingId="outbox" title="Outbox" description="Every change writes its event in the same transaction; the event then goes to Inngest, which runs the jobs and notifications.">
      <div className="flex items-baseline gap-3">
        <p className="text-3xl font-bold tabular-nums" data-testid="outbox-pending">
          {pendingCount.toLocaleString("en-US")}
        </p>
        <p className="text-sm text-zinc-600">{pendingCount === 1 ? "event waiting" : "events waiting"} for Inngest</p>
        {pendingCount === 0 ? <Badge tone="success">All delivered</Badge> : <Badge tone="warning">Waiting</Badge>}
      </div>
      {oldestPending ? (
        <div className="mt-3 space-y-1 text-sm text-zinc-700">
          <p>
            Oldest: <code className="break-all text-xs">{oldestPending.name}</code>, waiting since <When at={oldestPending.createdAt} timeZone={timeZone} exact="inline" />
            {oldestPending.attempts ? ` · ${oldestPending.attempts} send ${oldestPending.attempts === 1 ? "attempt" : "attempts"}` : ""}.
          </p>
          {oldestPending.lastError ? <p className="break-words text-red-800">Last send error: {oldestPending.lastError}</p> : null}
          <p className="text-zinc-600">
            Nothing is lost: the relay resends waiting events every minute, and Inngest ignores repeats. If the count keeps growing, Inngest is not reachable — locally, start the
            Inngest dev server.
          </p>
        </div>
      ) : (
        <p className="mt-3 text-sm text-zinc-600">Inngest has accepted every event. Waiting events would be resent every minute.</p>
      )}
    </Card>
  );
}
