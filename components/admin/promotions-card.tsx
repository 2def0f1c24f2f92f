// Team promotions: schedule one, and see the scheduled and running ones.
import { EnumBadge } from "@/components/ui/enum-badge";
import { PROMOTION_STATUS } from "@/components/ui/enum-display";
import { Card } from "@/components/ui/card";
import type { TAdminSponsors } from "@/lib/admin/get-admin-sponsors";
import { formatDateTime } from "@/lib/format/format-date-time";
import { PromotionForm } from "./promotion-form";

/** A promotion whose start or end passed waits for the next hourly process-promotions run. */
function overdueNote(promotion: TAdminSponsors["promotions"][number], now: Date): string | null {
  if (promotion.status === "SCHEDULED" && promotion.startsAt <= now)
    return "Start time passed: the next process-promotions run starts it.";
  if (promotion.status === "ACTIVE" && promotion.endsAt <= now)
    return "Ended: the next process-promotions run expires it.";
  return null;
}

export function PromotionsCard({
  promotions,
  teams,
  timeZone,
}: {
  promotions: TAdminSponsors["promotions"];
  teams: TAdminSponsors["teams"];
  timeZone: string;
}) {
  const now = new Date();
  return (
    <Card
      headingId="promotions"
      title="Promotions"
      description="The process-promotions job starts each promotion at its start time (telling the team) and ends it after."
    >
      <PromotionForm teams={teams} />
      <h3 className="mt-6 text-sm font-medium text-zinc-700">Scheduled and running</h3>
      {promotions.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">None yet — schedule one above.</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-200">
          {promotions.map((promotion) => (
            <li key={promotion.id} className="py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="min-w-0 font-medium">
                  {promotion.title} <span className="font-normal text-zinc-600">· {promotion.team.name}</span>
                </p>
                <EnumBadge display={PROMOTION_STATUS} value={promotion.status} />
              </div>
              {promotion.description ? <p className="mt-0.5 text-sm text-zinc-600">{promotion.description}</p> : null}
              <p className="mt-0.5 text-xs text-zinc-500">
                {formatDateTime(promotion.startsAt, timeZone)} → {formatDateTime(promotion.endsAt, timeZone)}
              </p>
              {overdueNote(promotion, now) ? (
                <p className="mt-0.5 text-xs text-amber-800">{overdueNote(promotion, now)}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
