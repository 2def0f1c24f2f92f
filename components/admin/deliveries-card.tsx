// Delivery health: what email and Discord did with the last week's notifications, and the latest
// failures with the provider's reason (lib/admin/get-delivery-health.ts).
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/time";
import { Card } from "@/components/ui/card";
import { DELIVERY_STATUS } from "@/components/ui/enum-display";
import type { TDeliveryHealth } from "@/lib/admin/get-delivery-health";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";

const CHANNEL_LABEL = { EMAIL: "Email", DISCORD: "Discord" } as const;
const count = (value: number) => value.toLocaleString("en-US");

export function DeliveriesCard({ health, timeZone }: { health: TDeliveryHealth; timeZone: string }) {
  return (
    <Card
      headingId="deliveries"
      title="Deliveries"
      description={`Email and Discord over the last ${health.days} days. Skipped means the player chose otherwise or has no address.`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {health.channels.map(({ channel, counts }) => {
          // Handed over and not bounced (a spam complaint was delivered first), out of everything tried.
          const reached = counts.SENT + counts.DELIVERED + counts.COMPLAINED;
          const lost = counts.FAILED + counts.BOUNCED;
          const rate = reached + lost === 0 ? null : Math.round((reached / (reached + lost)) * 1000) / 10;
          return (
            <div
              key={channel}
              className="rounded-lg border border-zinc-200 p-3"
              data-testid={`deliveries-${channel.toLowerCase()}`}
            >
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="font-semibold">{CHANNEL_LABEL[channel]}</h3>
                {rate === null ? (
                  <Badge>No sends</Badge>
                ) : (
                  <Badge tone={lost === 0 ? "success" : rate >= 95 ? "warning" : "danger"}>{rate}% delivered</Badge>
                )}
              </div>
              <dl className="mt-2 grid grid-cols-4 gap-2 text-center text-sm">
                {(Object.keys(DELIVERY_STATUS) as DeliveryStatus[]).map((status) => (
                  <div key={status}>
                    <dt className="text-xs text-zinc-500">{DELIVERY_STATUS[status].label}</dt>
                    <dd
                      className={`font-semibold tabular-nums ${status === "FAILED" && counts.FAILED > 0 ? "text-red-700" : ""}`}
                    >
                      {count(counts[status])}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </div>
      {health.brokenWebhooks.length > 0 ? (
        <div className="mt-4 border-t border-zinc-200 pt-3 text-sm" data-testid="broken-webhooks">
          <h3 className="font-semibold text-amber-900">Broken team webhooks</h3>
          <ul className="mt-2 space-y-2">
            {health.brokenWebhooks.map((hook) => (
              <li key={hook.teamId}>
                <a href={`/teams/${hook.slug}`} className="font-medium underline underline-offset-2">
                  {hook.teamName}
                </a>
                : gone since <RelativeTime value={hook.brokenAt} timeZone={timeZone} /> — nothing is posted there until
                the captain sets a new one.
                {hook.lastError ? <p className="break-words text-amber-900">{hook.lastError}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {health.recentFailures.length > 0 ? (
        <div className="mt-4 border-t border-zinc-200 pt-3 text-sm" data-testid="delivery-failures">
          <h3 className="font-semibold text-red-800">Latest failures</h3>
          <ul className="mt-2 space-y-2">
            {health.recentFailures.map((failure) => (
              <li key={failure.id}>
                <span className="font-medium">{CHANNEL_LABEL[failure.channel]}</span> to {failure.recipient}: “
                {failure.title}”, <RelativeTime value={failure.createdAt} timeZone={timeZone} />
                {failure.reason ? <p className="break-words text-red-800">{failure.reason}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-sm text-zinc-600">No delivery failed in the last {health.days} days.</p>
      )}
    </Card>
  );
}
