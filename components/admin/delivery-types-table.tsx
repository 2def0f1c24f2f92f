// Per notification type, what each channel did with it over the last 24 hours and 7 days: in-app
// notifications created, and for email and Discord how many reached the reader, were lost, were
// skipped (the player's choice or no address) and are still pending.
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import { LOST_STATUSES, REACHED_STATUSES, type TDeliveryTrend } from "@/lib/admin/get-delivery-trend";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";

const GROUPS: { key: string; label: string; statuses: readonly DeliveryStatus[] }[] = [
  { key: "reached", label: "reached", statuses: REACHED_STATUSES },
  { key: "lost", label: "lost", statuses: LOST_STATUSES },
  { key: "skipped", label: "skipped", statuses: ["SKIPPED"] },
  { key: "pending", label: "pending", statuses: ["PENDING"] },
];
const CHANNELS: { channel: DeliveryChannel; label: string }[] = [
  { channel: "EMAIL", label: "Email" },
  { channel: "DISCORD", label: "Discord" },
];
const count = (value: number) => value.toLocaleString("en-US");

export function DeliveryTypesTable({ trend }: { trend: TDeliveryTrend }) {
  const sum = (type: string, channel: DeliveryChannel, statuses: readonly DeliveryStatus[], window: "day" | "week") =>
    trend.byType
      .filter((row) => row.type === type && row.channel === channel && statuses.includes(row.status))
      .reduce((total, row) => total + row[window], 0);
  const types = NOTIFICATION_TYPES.filter(
    (type) => trend.inApp.some((row) => row.type === type) || trend.byType.some((row) => row.type === type),
  );
  if (types.length === 0) return <p className="mt-3 text-sm text-zinc-600">No notifications in the last 7 days.</p>;
  return (
    <div className="-mx-5 mt-4 overflow-x-auto border-t border-zinc-200 px-5 pt-3" data-testid="delivery-types">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="mb-2 text-left font-semibold">By type — last 24 hours / 7 days</caption>
        <thead>
          <tr className="text-xs text-zinc-500">
            <th scope="col" className="text-left font-normal">
              Type
            </th>
            <th scope="col" className="text-right font-normal">
              In-app
            </th>
            {CHANNELS.map(({ channel, label }) =>
              GROUPS.map((group) => (
                <th key={`${channel}-${group.key}`} scope="col" className="text-right font-normal">
                  {label} {group.label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {types.map((type) => {
            const inApp = trend.inApp.find((row) => row.type === type);
            return (
              <tr key={type}>
                <th scope="row" className="py-1 text-left font-normal">
                  {NOTIFICATION_CATALOG[type].label}
                </th>
                <td className="text-right tabular-nums">
                  {count(inApp?.day ?? 0)} / {count(inApp?.week ?? 0)}
                </td>
                {CHANNELS.map(({ channel }) =>
                  GROUPS.map((group) => {
                    const week = sum(type, channel, group.statuses, "week");
                    return (
                      <td
                        key={`${channel}-${group.key}`}
                        className={`text-right tabular-nums ${group.key === "lost" && week > 0 ? "font-semibold text-red-700" : week === 0 ? "text-zinc-500" : ""}`}
                      >
                        {count(sum(type, channel, group.statuses, "day"))} / {count(week)}
                      </td>
                    );
                  }),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
