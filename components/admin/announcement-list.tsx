"use client";
// The latest announcements, each with its recipients and how many have it so far. While any is still
// queued or being delivered, the counts update in place (announcementProgressAction every few
// seconds, less often after two minutes), and polling stops once every row has settled.
import { useState } from "react";
import { announcementProgressAction } from "@/app/admin/actions";
import { RelativeTime } from "@/components/ui/time";
import type { TAdminAnnouncements } from "@/lib/admin/get-admin-announcements";
import type { TAnnouncementProgress } from "@/lib/notifications/announcements/get-announcement-progress";
import { type TPollSchedule, usePollUntil } from "./use-poll-until";

type TAnnouncementRow = TAdminAnnouncements["announcements"][number];

const AUDIENCE = { ALL: "Everyone", TEAM: "Team", TOURNAMENT: "Tournament" } as const;
const POLL_SCHEDULE: TPollSchedule = { everyMs: 3_000, slowAfterMs: 120_000, slowEveryMs: 15_000 };

export function AnnouncementList({ announcements, timeZone }: { announcements: TAnnouncementRow[]; timeZone: string }) {
  // The newest answer per row; rows the page adds after a send start from the server's numbers.
  const [live, setLive] = useState<Record<string, TAnnouncementProgress>>({});
  const progressOf = (row: TAnnouncementRow) => {
    const polled = live[row.id];
    // A reload after the poll may already know more than the last answer; never step back.
    return polled && polled.deliveredCount >= row.progress.deliveredCount ? polled : row.progress;
  };
  const unsettled = announcements.filter((row) => progressOf(row).state !== "sent").map((row) => row.id);

  usePollUntil<TAnnouncementProgress[]>(
    unsettled.length ? unsettled.join(",") : null,
    {
      read: async () => {
        const outcome = await announcementProgressAction({ ids: unsettled });
        return outcome.ok ? { kind: "value", value: outcome.data } : { kind: "retry" };
      },
      onValue: (rows) => {
        setLive((current) => ({ ...current, ...Object.fromEntries(rows.map((row) => [row.id, row])) }));
        return rows.every((row) => row.state === "sent");
      },
    },
    POLL_SCHEDULE,
  );

  if (announcements.length === 0) return <p className="mt-2 text-sm text-zinc-600">Nothing announced yet.</p>;
  return (
    <ul className="mt-2 divide-y divide-zinc-200">
      {announcements.map((announcement) => {
        const progress = progressOf(announcement);
        return (
          <li
            key={announcement.id}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3"
            data-testid="announcement-row"
            data-state={progress.state}
          >
            <div className="min-w-0 flex-1 basis-56">
              <p className="break-words font-medium">{announcement.title}</p>
              <p className="text-xs text-zinc-500">
                {AUDIENCE[announcement.audience]}
                {announcement.targetName ? `: ${announcement.targetName}` : ""} · by{" "}
                {announcement.createdBy.name ?? "an admin"}
              </p>
            </div>
            <ProgressNote progress={progress} createdAt={announcement.createdAt} timeZone={timeZone} />
          </li>
        );
      })}
    </ul>
  );
}

function ProgressNote({
  progress,
  createdAt,
  timeZone,
}: {
  progress: TAnnouncementProgress;
  createdAt: Date;
  timeZone: string;
}) {
  const { state, recipientCount, deliveredCount, sentAt } = progress;
  return (
    <p className="text-right text-xs text-zinc-600" aria-live="polite">
      <span className="font-semibold text-zinc-800" data-testid="announcement-recipients-count">
        {recipientCount.toLocaleString("en-US")}
      </span>{" "}
      {recipientCount === 1 ? "recipient" : "recipients"}
      {" · "}
      <span data-testid="announcement-delivered-count">{deliveredCount.toLocaleString("en-US")} delivered</span>
      <br />
      {state === "queued" ? (
        <span className="font-medium text-amber-800">Queued — not delivered yet</span>
      ) : state === "sending" ? (
        <span className="font-medium text-amber-800">Delivering — {deliveredCount.toLocaleString("en-US")} so far</span>
      ) : sentAt ? (
        <>
          sent <RelativeTime value={sentAt} timeZone={timeZone} />
        </>
      ) : null}
      {state !== "sent" ? (
        <>
          <br />
          created <RelativeTime value={createdAt} timeZone={timeZone} />
        </>
      ) : null}
    </p>
  );
}
