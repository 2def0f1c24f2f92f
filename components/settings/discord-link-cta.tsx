"use client";
// The one "Link Discord" call to action that stands in for the matrix's Discord column while the
// account is not linked: a column of boxes that could never be ticked would say less. Linking is
// signing in with Discord (linkDiscordAction); a deployment without Discord sign-in says so instead.
import { Link2 } from "lucide-react";
import { useTransition } from "react";
import { linkDiscordAction } from "@/app/settings/notifications/actions";
import { Button } from "@/components/ui/button";
import type { TContactInfo } from "./preferences-draft";

export function DiscordLinkCta({ contact, idPrefix }: { contact: TContactInfo; idPrefix: string }) {
  const [isLinking, startLinking] = useTransition();
  const hintId = `${idPrefix}-discord-cta-hint`;
  return (
    <div className="flex flex-col items-start gap-2 text-left text-sm text-zinc-700">
      <p id={hintId}>
        {contact.isDiscordSignInEnabled
          ? "Link your Discord account to choose which news mentions you in Discord posts."
          : "Link your Discord account to choose which news mentions you in Discord posts. Discord sign-in is not set up on this deployment yet — ask the operator to enable it."}
      </p>
      <Button
        variant="secondary"
        size="sm"
        disabled={!contact.isDiscordSignInEnabled || isLinking}
        aria-describedby={hintId}
        onClick={() => startLinking(() => linkDiscordAction())}
      >
        <Link2 aria-hidden className="size-4" />
        {isLinking ? "Opening Discord…" : "Link Discord"}
      </Button>
    </div>
  );
}
