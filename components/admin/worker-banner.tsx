// The top of /admin when events wait longer than they should: the background worker (Inngest) is
// not taking them, so nothing queued on this page has run — said once, plainly, with what to check.
import { TriangleAlert } from "lucide-react";
import { formatDateTime } from "@/lib/format/format-date-time";
import { plural } from "@/lib/format/plural";
import type { TOutboxStatus } from "@/lib/admin/get-outbox-status";

export function WorkerBanner({ outbox, timeZone }: { outbox: TOutboxStatus; timeZone: string }) {
  if (!outbox.stalledSince) return null;
  const waiting = `${plural(outbox.pendingCount, "event", "events")} waiting`;
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
      data-testid="worker-banner"
    >
      <p className="flex flex-wrap items-center gap-x-2 font-semibold">
        <TriangleAlert aria-hidden className="size-5 shrink-0 text-amber-700" />
        Background worker unreachable since {formatDateTime(outbox.stalledSince, timeZone)} · {waiting}
      </p>
      <p className="mt-1 text-sm">
        Jobs, payouts, announcements and notifications queued here have not run. They are kept and run once Inngest
        takes the events (see{" "}
        <a href="/admin/jobs#outbox" className="font-medium underline underline-offset-2">
          Outbox
        </a>
        ).
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium underline underline-offset-2">How to fix</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Locally: start the Inngest dev server (<code>npx inngest-cli@latest dev</code>); <code>npm run dev</code>{" "}
            starts it when the optional <code>inngest-cli</code> package is installed.
          </li>
          <li>
            In production: check that the app is synced in Inngest Cloud and that <code>INNGEST_EVENT_KEY</code> and{" "}
            <code>INNGEST_SIGNING_KEY</code> are set; <code>npm run doctor</code> checks both.
          </li>
          <li>The outbox card below shows the last error Inngest gave.</li>
        </ul>
      </details>
    </div>
  );
}
