// The outbox: events committed with their change but not yet accepted by Inngest, and the ones it
// refused so often that they were set aside (dead letters).
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/time";
import { Card } from "@/components/ui/card";
import type { TOutboxStatus } from "@/lib/admin/get-outbox-status";
import { plural } from "@/lib/format/plural";

export function OutboxCard({ outbox, timeZone }: { outbox: TOutboxStatus; timeZone: string }) {
  const { pendingCount, oldestPending, deadLetterCount, deadLetters, sweepEveryMinutes, sweepOverdueSince } = outbox;
  const sweep = sweepEveryMinutes === 1 ? "every minute" : `every ${sweepEveryMinutes} minutes`;
  return (
    <Card
      headingId="outbox"
      title="Outbox"
      description="Every change writes its event in the same transaction; the event then goes to Inngest, which runs the jobs and notifications."
    >
      <div className="flex flex-wrap items-baseline gap-3">
        <p className="text-3xl font-bold tabular-nums" data-testid="outbox-pending">
          {pendingCount.toLocaleString("en-US")}
        </p>
        <p className="text-sm text-zinc-600">{pendingCount === 1 ? "event waiting" : "events waiting"} for Inngest</p>
        {pendingCount === 0 ? <Badge tone="success">All delivered</Badge> : <Badge tone="warning">Waiting</Badge>}
        {deadLetterCount > 0 ? (
          <Badge tone="danger">{plural(deadLetterCount, "dead letter", "dead letters")}</Badge>
        ) : null}
      </div>
      {oldestPending ? (
        <div className="mt-3 space-y-1 text-sm text-zinc-700">
          <p>
            Oldest: <code className="break-all text-xs">{oldestPending.name}</code>, waiting since{" "}
            <RelativeTime value={oldestPending.createdAt} timeZone={timeZone} exact="inline" />
            {oldestPending.attempts ? ` · ${plural(oldestPending.attempts, "send attempt", "send attempts")}` : ""}.
          </p>
          {oldestPending.lastError ? (
            <p className="break-words text-red-800">Last send error: {oldestPending.lastError}</p>
          ) : null}
          {sweepOverdueSince ? (
            <p className="text-amber-900" data-testid="outbox-sweep-overdue">
              No sweep has resent it: one was due{" "}
              <RelativeTime value={sweepOverdueSince} timeZone={timeZone} exact="inline" />. The sweep runs on the
              scheduler (Inngest, or Vercel Cron), so it stops when that does. Nothing is lost: the events stay here
              until it runs again, and Inngest ignores repeats.
            </p>
          ) : (
            <p className="text-zinc-600">
              Next resend <RelativeTime value={oldestPending.nextAttemptAt} timeZone={timeZone} exact="inline" />: the
              sweep runs {sweep}, backing off after each failure, and Inngest ignores repeats.
            </p>
          )}
        </div>
      ) : (
        <p className="mt-3 text-sm text-zinc-600">Inngest has accepted every event.</p>
      )}
      {deadLetters.length > 0 ? (
        <div className="mt-4 border-t border-zinc-200 pt-3 text-sm" data-testid="outbox-dead-letters">
          <h3 className="font-semibold text-red-800">Dead letters</h3>
          <p className="text-zinc-600">
            Inngest refused these events again and again (malformed or too large), so the sweep no longer sends them.
            Their change is committed. Once the cause is fixed, clearing a row&apos;s{" "}
            <code className="text-xs">deadAt</code> has the next sweep send it again.
          </p>
          <ul className="mt-2 space-y-2">
            {deadLetters.map((letter) => (
              <li key={letter.id}>
                <code className="break-all text-xs">{letter.name}</code>{" "}
                <span className="text-zinc-500">({letter.id})</span>, from{" "}
                <RelativeTime value={letter.createdAt} timeZone={timeZone} />, set aside{" "}
                <RelativeTime value={letter.deadAt} timeZone={timeZone} /> after{" "}
                {plural(letter.attempts, "attempt", "attempts")}.
                {letter.lastError ? <p className="break-words text-red-800">{letter.lastError}</p> : null}
              </li>
            ))}
          </ul>
          {deadLetterCount > deadLetters.length ? (
            <p className="mt-2 text-zinc-600">…and {plural(deadLetterCount - deadLetters.length, "more", "more")}.</p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
