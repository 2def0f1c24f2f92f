// Delivery health: what email and Discord did with the last day's and week's notifications, an
// hourly chart of volume and loss, the most common reasons, broken team webhooks and the latest
// failures with the provider's reason (lib/admin/get-delivery-health.ts).
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/time";
import { Card } from "@/components/ui/card";
import { DELIVERY_STATUS } from "@/components/ui/enum-display";
import type { TDeliveryHealth } from "@/lib/admin/get-delivery-health";
import { LOST_STATUSES, REACHED_STATUSES } from "@/lib/admin/get-delivery-trend";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { renderTimeTokens } from "@/lib/notifications/content/time-tokens";
import { DeliveryChart } from "./delivery-chart";
import { DeliveryTypesTable } from "./delivery-types-table";

const CHANNEL_LABEL = { EMAIL: "Email", DISCORD: "Discord" } as const;
const count = (value: number) => value.toLocaleString("en-US");

export function DeliveriesCard({ health, timeZone }: { health: TDeliveryHealth; timeZone: string }) {
  const lastDay = (channel: string, status: DeliveryStatus) =>
    health.trend.byType
      .filter((row) => row.channel === channel && row.status === status)
      .reduce((total, row) => total + row.day, 0);
  return (
    <Card
      headingId="deliveries"
      title="Deliveries"
      description={`Email and Discord over the last 24 hours and ${health.days} days, per hour and per type (with in-app). Skipped means the player chose otherwise or has no address.`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {health.channels.map(({ channel, counts }) => {
          // Handed over and not bounced (a spam complaint was delivered first), out of everything tried.
          const reached = REACHED_STATUSES.reduce((sum, status) => sum + counts[status], 0);
          const lost = LOST_STATUSES.reduce((sum, status) => sum + counts[status], 0);
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
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{`${CHANNEL_LABEL[channel]} deliveries by status`}</caption>
                <thead>
                  <tr className="text-xs text-zinc-500">
                    <th scope="col" className="text-left font-normal">
                      Status
                    </th>
                    <th scope="col" className="text-right font-normal">
                      24 h
                    </th>
                    <th scope="col" className="text-right font-normal">
                      {health.days} days
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(Object.keys(DELIVERY_STATUS) as DeliveryStatus[]).map((status) => (
                    <tr key={status}>
                      <th scope="row" className="text-left font-normal text-zinc-700">
                        {DELIVERY_STATUS[status].label}
                      </th>
                      <td className="text-right tabular-nums">{count(lastDay(channel, status))}</td>
                      <td
                        className={`text-right font-semibold tabular-nums ${status === "FAILED" && counts.FAILED > 0 ? "text-red-700" : ""}`}
                      >
                        {count(counts[status])}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </div>
      <DeliveryChart hours={health.trend.hours} timeZone={timeZone} />
      <DeliveryTypesTable trend={health.trend} />
      {health.trend.reasons.length > 0 ? (
        <div className="mt-4 border-t border-zinc-200 pt-3 text-sm" data-testid="delivery-reasons">
          <h3 className="font-semibold">Most common reasons, {health.days} days</h3>
          <ul className="mt-2 space-y-1">
            {health.trend.reasons.map((row) => (
              <li key={`${row.channel}-${row.status}-${row.reason}`} className="flex justify-between gap-3">
                <span className="min-w-0 break-words">
                  {CHANNEL_LABEL[row.channel]} {DELIVERY_STATUS[row.status].label.toLowerCase()}: {row.reason}
                </span>
                <span className="shrink-0 font-semibold tabular-nums">{count(row.count)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
                {renderTimeTokens(failure.title, timeZone)}”,{" "}
                <RelativeTime value={failure.createdAt} timeZone={timeZone} />
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
