"use client";
// Deliveries per hour over the last week (bars) and the share lost (line), drawn with recharts.
// The numbers are also in the card's tables and the chart has a text summary, so nothing is only
// in the picture.
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TTrendHour } from "@/lib/admin/get-delivery-trend";

const hourLabel = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );

export function DeliveryChart({ hours, timeZone }: { hours: TTrendHour[]; timeZone: string }) {
  const data = hours.map((hour) => ({
    ...hour,
    label: hourLabel(hour.hour, timeZone),
    lostPercent: hour.attempted === 0 ? null : Math.round((hour.lost / hour.attempted) * 1000) / 10,
  }));
  const attempted = hours.reduce((sum, hour) => sum + hour.attempted, 0);
  const lost = hours.reduce((sum, hour) => sum + hour.lost, 0);
  const busiest = hours.reduce<TTrendHour | null>(
    (best, hour) => (hour.attempted > (best?.attempted ?? 0) ? hour : best),
    null,
  );
  return (
    <figure className="mt-4" data-testid="delivery-chart">
      <div className="h-48 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" interval={23} tick={{ fontSize: 11 }} tickLine={false} />
            <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} tickLine={false} />
            <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar yAxisId="count" dataKey="attempted" name="Attempted" fill="#6d5bd0" isAnimationActive={false} />
            <Line
              yAxisId="rate"
              dataKey="lostPercent"
              name="Lost %"
              stroke="#b91c1c"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-zinc-600">
        Per hour, last 7 days: {attempted.toLocaleString("en-US")} attempted, {lost.toLocaleString("en-US")} lost
        (failed, bounced or marked as spam)
        {busiest
          ? `; busiest hour ${hourLabel(busiest.hour, timeZone)} with ${busiest.attempted.toLocaleString("en-US")}`
          : ""}
        .
      </figcaption>
    </figure>
  );
}
