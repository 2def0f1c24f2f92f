// Why the Discord column is what it is: Discord carries team and public news in channels, and
// choosing Discord means being mentioned there — which needs a linked Discord account (the matrix
// shows the one "Link Discord" call to action while it is not linked: discord-link-cta.tsx).
import type { TContactInfo } from "./preferences-draft";

export function DiscordNote({ contact }: { contact: TContactInfo }) {
  return (
    <div id="discord-note" className="mt-4 space-y-2 rounded-lg bg-brand-50 px-4 py-3 text-sm text-zinc-700">
      <p>
        <span className="font-semibold text-zinc-900">About Discord: </span>
        team and public news is posted in Discord channels — your team&apos;s channel and the DeltaCrown server.
        Choosing Discord for a type means you get mentioned in those posts; nothing is sent to you privately.
        {contact.hasDiscord ? " Types marked — are never posted on Discord." : null}
      </p>
      {contact.hasDiscord ? <p className="font-medium text-emerald-800">Your Discord account is linked.</p> : null}
    </div>
  );
}
