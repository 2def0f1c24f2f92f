"use client";
// Each scheduled match with its two changes: a new time, or calling it off (asked first). What was
// done is said above the list: a cancelled match leaves the list, and its button with it.
import { useState } from "react";
import { cancelMatchAction } from "@/app/admin/actions";
import { ActionButton } from "@/components/ui/action-button";
import { FormMessage } from "@/components/ui/form-message";
import type { TMatchOption } from "./post-match-result-form";
import { RescheduleMatchForm } from "./reschedule-match-form";

export function ScheduledMatchList({ matches }: { matches: TMatchOption[] }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <FormMessage result={notice ? { ok: true, message: notice } : null} />
      {matches.length === 0 ? (
        <p className="text-sm text-zinc-600">No scheduled matches to change.</p>
      ) : (
        <ul className="divide-y divide-zinc-200">
          {matches.map((match) => (
            <li key={match.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
              <p className="text-sm font-medium text-zinc-800">{match.label}</p>
              <div className="flex flex-wrap items-end justify-between gap-3">
                <RescheduleMatchForm matchId={match.id} matchLabel={match.label} />
                <ActionButton
                  action={cancelMatchAction.bind(null, { matchId: match.id })}
                  label="Cancel match"
                  pendingLabel="Cancelling…"
                  subject={match.label}
                  confirm={{
                    question: `Cancel ${match.teamA} vs ${match.teamB}? Both rosters are told, and it cannot be taken back.`,
                    confirmLabel: "Yes, cancel it",
                  }}
                  successMessage="Match cancelled. Both rosters are being told."
                  onSuccess={setNotice}
                  variant="danger"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
