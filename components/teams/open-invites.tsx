"use client";
// The invites a player can still answer, with Accept / Decline. The outcome is kept here (not in
// the row), because an answered invite leaves this list as soon as the page data refreshes.
import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { respondToInviteAction } from "@/app/invites/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { Mail } from "lucide-react";

export type TOpenInvite = {
  id: string;
  team: { name: string; slug: string; tag: string };
  invitedBy: string;
  /** Pre-formatted on the server ("1 day ago", "in 6 days"), so server and browser agree. */
  sentLabel: string;
  expiresLabel: string;
  expiresAt: string;
  expiresTitle: string;
  isExpiringSoon: boolean;
};

type TOutcome = { status: "ACCEPTED" | "DECLINED"; teamName: string; teamSlug: string };

export function OpenInvites({ invites }: { invites: TOpenInvite[] }) {
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<{ id: string; accept: boolean } | null>(null);
  const [, startTransition] = useTransition();
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  // The answered invite leaves the list; focus moves to the outcome instead of getting lost.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function respond(invite: TOpenInvite, accept: boolean) {
    setBusy({ id: invite.id, accept });
    startTransition(async () => {
      const result = await respondToInviteAction({ inviteId: invite.id, accept });
      setBusy(null);
      if (result.ok) {
        setErrors((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== invite.id)));
        setOutcome({ status: result.data.status, teamName: invite.team.name, teamSlug: result.data.teamSlug });
      } else {
        setErrors((current) => ({ ...current, [invite.id]: result.error }));
      }
    });
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {outcome ? (
          <p
            ref={outcomeRef}
            tabIndex={-1}
            role="status"
            className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            {outcome.status === "ACCEPTED" ? (
              <>
                You joined <strong>{outcome.teamName}</strong>.{" "}
                <Link href={`/teams/${outcome.teamSlug}`} className="font-semibold underline">
                  Go to the team page
                </Link>
              </>
            ) : (
              <>You declined the invite to {outcome.teamName}.</>
            )}
          </p>
        ) : null}
      </div>
      {invites.length === 0 ? (
        <EmptyState icon={<Mail className="mx-auto size-8" />} title="No invites waiting">
          When a team captain invites you, the invite appears here and you get a notification. Invites expire after 7
          days.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {invites.map((invite) => {
            const isBusy = busy?.id === invite.id;
            const headingId = `invite-${invite.id}`;
            return (
              <li
                key={invite.id}
                aria-labelledby={headingId}
                className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <h3 id={headingId} className="font-semibold text-zinc-900">
                      <Link
                        href={`/teams/${invite.team.slug}`}
                        className="underline-offset-2 hover:text-brand-700 hover:underline"
                      >
                        {invite.team.name}
                      </Link>{" "}
                      <span className="font-mono text-xs font-normal text-zinc-500">[{invite.team.tag}]</span>
                    </h3>
                    <p className="text-sm text-zinc-600">
                      {invite.invitedBy} invited you {invite.sentLabel}.
                    </p>
                    <p className={`text-xs ${invite.isExpiringSoon ? "font-medium text-amber-800" : "text-zinc-500"}`}>
                      Expires{" "}
                      <time dateTime={invite.expiresAt} title={invite.expiresTitle}>
                        {invite.expiresLabel}
                      </time>
                    </p>
                  </div>
                  <InviteAnswer
                    invite={invite}
                    busy={isBusy ? busy : null}
                    isDisabled={Boolean(busy)}
                    errorId={errors[invite.id] ? `${headingId}-error` : undefined}
                    onAnswer={(accept) => respond(invite, accept)}
                  />
                </div>
                {errors[invite.id] ? (
                  <div id={`${headingId}-error`} className="mt-2">
                    <FormMessage result={{ ok: false, error: errors[invite.id] ?? "" }} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Accept at once; Decline asks first — a declined invite is gone, and only the captain can send another. */
function InviteAnswer({
  invite,
  busy,
  isDisabled,
  errorId,
  onAnswer,
}: {
  invite: TOpenInvite;
  busy: { accept: boolean } | null;
  isDisabled: boolean;
  errorId: string | undefined;
  onAnswer: (accept: boolean) => void;
}) {
  const step = useConfirmStep();
  if (step.isOpen) {
    return (
      <ConfirmStep
        step={step}
        question={`Decline the invite to ${invite.team.name}?`}
        details="The captain would have to invite you again."
        confirmLabel="Decline invite"
        pendingLabel="Declining…"
        isPending={busy !== null && !busy.accept}
        onConfirm={() => onAnswer(false)}
        tone="danger"
      />
    );
  }
  return (
    <div className="flex shrink-0 gap-2">
      <Button onClick={() => onAnswer(true)} disabled={isDisabled} aria-describedby={errorId}>
        {busy?.accept ? "Accepting…" : "Accept"}
      </Button>
      <Button id={step.openerId} variant="secondary" onClick={step.open} disabled={isDisabled}>
        Decline
      </Button>
    </div>
  );
}
