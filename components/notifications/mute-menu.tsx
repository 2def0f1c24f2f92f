"use client";
// "Mute <tournament/team>" with the three durations, or "Unmute" when muted: used by notification
// menus (the center's rows, the bell's as an icon), the tournament and team pages and the settings
// page's list of mutes.
import { BellOff, BellRing } from "lucide-react";
import { useState, useTransition } from "react";
import { muteAction, unmuteAction } from "@/lib/actions/notifications/mute-actions";
import { Button } from "@/components/ui/button";
import type { TMuteTarget } from "@/lib/notifications/mutes/notification-about";
import { IconButton } from "./icon-button";
import { MUTE_DURATION_LABELS, MUTE_DURATIONS } from "@/lib/notifications/mutes/mute-durations";

export function MuteMenu({
  target,
  name,
  isMuted,
  isCompact = false,
}: {
  target: TMuteTarget;
  name: string;
  isMuted: boolean;
  /** An icon button (the bell's rows), its durations listed below it rather than over what follows. */
  isCompact?: boolean;
}) {
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
    return isCompact ? (
      <IconButton
        label={`Unmute ${name}`}
        tooltip="Unmute"
        icon={BellRing}
        disabled={isPending}
        onClick={() => run(() => unmuteAction(target), false)}
      />
    ) : (
      <Button variant="secondary" size="sm" disabled={isPending} onClick={() => run(() => unmuteAction(target), false)}>
        <BellRing className="size-4" aria-hidden /> Unmute {name}
      </Button>
    );
  return (
    <div className={isCompact ? "flex flex-col items-end" : "relative inline-block"}>
      {isCompact ? (
        <IconButton
          label={`Mute ${name}`}
          tooltip="Mute"
          icon={BellOff}
          isExpanded={isOpen}
          onClick={() => setIsOpen(!isOpen)}
        />
      ) : (
        <Button variant="secondary" size="sm" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
          <BellOff className="size-4" aria-hidden /> Mute {name}
        </Button>
      )}
      {isOpen && (
        <div
          role="menu"
          aria-label={`Mute ${name}`}
          className={`${isCompact ? "" : "absolute right-0 z-20 "}mt-1 w-44 rounded-md border border-zinc-200 bg-white p-1 shadow`}
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
