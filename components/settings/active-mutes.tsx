// The player's active mutes on the settings page, each with "Unmute"; an empty state says where to mute.
import Link from "next/link";
import { MuteMenu } from "@/components/notifications/mute-menu";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { TMuteView } from "@/lib/notifications/mutes/list-mutes";

const untilText = (until: Date | null, timeZone: string) =>
  until ? `until ${formatDateTime(until, timeZone)}` : "until you unmute";

/** `timeZone`: the player's, as every time on the page. */
export function ActiveMutes({ mutes, timeZone }: { mutes: TMuteView[]; timeZone: string }) {
  return (
    <Card title="Muted tournaments and teams" description="You get no notifications about what you muted.">
      {mutes.length === 0 ? (
        <p className="text-sm text-zinc-600">
          Nothing muted. Use “Mute” in a notification’s menu, or on a tournament or team page.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100" aria-label="Active mutes">
          {mutes.map((mute) => (
            <li
              key={`${mute.kind}:${mute.targetId}`}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
            >
              <span className="text-sm text-zinc-800">
                <Link href={mute.href} className="font-semibold hover:underline">
                  {mute.name}
                </Link>{" "}
                <span className="text-zinc-500">
                  ({mute.kind}, {untilText(mute.until, timeZone)})
                </span>
              </span>
              <MuteMenu
                target={mute.kind === "tournament" ? { tournamentId: mute.targetId } : { teamId: mute.targetId }}
                name={mute.name}
                isMuted
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
