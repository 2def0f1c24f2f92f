"use client";
// Why the Discord column is what it is: Discord carries team and public news in channels, and
// choosing Discord means being mentioned there — which needs a linked Discord account.
import { useTransition } from "react";
import { linkDiscordAction } from "@/app/settings/notifications/actions";
import { Button } from "@/components/ui/button";
import type { TContactInfo } from "./preferences-draft";

export function DiscordNote({ contact }: { contact: TContactInfo }) {
  const [isLinking, startLinking] = useTransition();
  return (
    <div id="discord-note" className="mt-4 space-y-2 rounded-lg bg-brand-50 px-4 py-3 text-sm text-zinc-700">
      <p>
        <span className="font-semibold text-zinc-900">About Discord: </span>
        team and public news is posted in Discord channels — your team&apos;s channel and the DeltaCrown server.
        Choosing Discord for a type means you get mentioned in those posts; nothing is sent to you privately. Types
        marked — are never posted on Discord.
      </p>
      {contact.hasDiscord ? (
        <p className="font-medium text-emerald-800">Your Discord account is linked.</p>
      ) : contact.isDiscordSignInEnabled ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <p className="font-medium text-zinc-900">
            Link your Discord account (sign in with Discord) to get Discord mentions.
          </p>
          <Button
            variant="secondary"
            size="sm"
            disabled={isLinking}
            onClick={() => startLinking(() => linkDiscordAction())}
          >
            {isLinking ? "Opening Discord…" : "Link Discord"}
          </Button>
        </div>
      ) : (
        <p className="font-medium text-zinc-900">
          Link your Discord account (sign in with Discord) to get Discord mentions. Discord sign-in is not set up on
          this deployment yet, so accounts cannot be linked here — ask the operator to enable it.
        </p>
      )}
    </div>
  );
}
