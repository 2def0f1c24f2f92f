"use client";
// "Mute <tournament/team>" with the three durations, or "Unmute" when muted: used by notification
// menus, the tournament and team pages and the settings page's list of mutes.
import { BellOff, BellRing } from "lucide-react";
import { useState, useTransition } from "react";
import { muteAction, unmuteAction } from "@/lib/actions/notifications/mute-actions";
import { Button } from "@/components/ui/button";
import { MUTE_DURATION_LABELS, MUTE_DURATIONS } from "@/lib/notifications/mutes/mute-durations";

export type TMuteTarget = { tournamentId: string } | { teamId: string };

export function MuteMenu({ target, name, isMuted }: { target: TMuteTarget; name: string; isMuted: boolean }) {
  const [muted, setMuted] = useState(isMuted);
  // The server's answer wins when it changes (muted from another row or page, then refreshed).
  const [serverMuted, setServerMuted] = useState(isMuted);
  if (serverMuted !== isMuted) {
    setServerMuted(isMuted);
    setMuted(isMuted);
  }
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: true } | { ok: false; error: string }>, next: boolean) =>
    startTransition(async () => {
      const answer = await work();
      if (answer.ok) {
        setMuted(next);
        setIsOpen(false);
        setError(null);
      } else setError(answer.error);
    });

  if (muted)
    return (
      <Button variant="secondary" size="sm" disabled={isPending} onClick={() => run(() => unmuteAction(target), false)}>
        <BellRing className="size-4" aria-hidden /> Unmute {name}
      </Button>
    );
  return (
    <div className="relative inline-block">
      <Button variant="secondary" size="sm" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
        <BellOff className="size-4" aria-hidden /> Mute {name}
      </Button>
      {isOpen && (
        <div
          role="menu"
          className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-zinc-200 bg-white p-1 shadow"
        >
          {MUTE_DURATIONS.map((duration) => (
            <button
              key={duration}
              type="button"
              role="menuitem"
              disabled={isPending}
              className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-zinc-100"
              onClick={() => run(() => muteAction({ ...target, duration }), true)}
            >
              {MUTE_DURATION_LABELS[duration]}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
