// Where notifications can reach this user at all: in-app always, email with a verified address,
// Discord with a linked account. Shown above the matrix so its greyed parts make sense.
import { Badge } from "@/components/ui/badge";
import type { TContactInfo } from "./preferences-draft";

export function ContactChannels({ contact }: { contact: TContactInfo }) {
  return (
    <dl className="grid gap-3 rounded-xl border border-zinc-200 bg-white px-5 py-4 text-sm shadow-sm sm:grid-cols-3">
      <div className="min-w-0">
        <dt className="font-medium text-zinc-900">In-app</dt>
        <dd className="mt-1 flex flex-wrap items-center gap-2 text-zinc-600">
          <Badge tone="success">Available</Badge> The bell and your notification center
        </dd>
      </div>
      <div className="min-w-0">
        <dt className="font-medium text-zinc-900">Email</dt>
        <dd className="mt-1 flex flex-wrap items-center gap-2 text-zinc-600">
          {contact.hasVerifiedEmail ? (
            <Badge tone="success">Verified</Badge>
          ) : (
            <Badge tone="warning">Not verified</Badge>
          )}
          <span className="min-w-0 break-all">{contact.email ?? "No address on your account"}</span>
        </dd>
      </div>
      <div className="min-w-0">
        <dt className="font-medium text-zinc-900">Discord</dt>
        <dd className="mt-1 flex flex-wrap items-center gap-2 text-zinc-600">
          {contact.hasDiscord ? <Badge tone="success">Linked</Badge> : <Badge tone="neutral">Not linked</Badge>}
          {contact.hasDiscord ? "You can be mentioned in posts" : "No mentions until you link it"}
        </dd>
      </div>
    </dl>
  );
}
