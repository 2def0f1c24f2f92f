// /settings/notifications — the signed-in player's notification preferences: the types × channels
// matrix, global opt-outs, the daily digest, quiet hours and a test notification. Reads here; every
// change saves on its own through this route's server actions.
import type { Metadata } from "next";
import Link from "next/link";
import { ActiveMutes } from "@/components/settings/active-mutes";
import { ContactChannels } from "@/components/settings/contact-channels";
import { NotificationSettingsForm } from "@/components/settings/notification-settings-form";
import type { TContactInfo } from "@/components/settings/preferences-draft";
import { PageHeader } from "@/components/ui/page-header";
import { isDiscordSignInEnabled } from "@/lib/auth";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listMutes } from "@/lib/notifications/mutes/list-mutes";
import { getPreferences } from "@/lib/notifications/preferences/get-preferences";
import { DEFAULT_TIME_ZONE, listTimeZones } from "@/lib/notifications/preferences/time-zone";

export const metadata: Metadata = { title: "Notification settings" };
export const dynamic = "force-dynamic";

/** A preference row saved within this long of its creation was never changed by the user. */
const UNTOUCHED_WINDOW_MS = 2_000;

export default async function NotificationSettingsPage() {
  const user = await requireUserOrRedirect("/settings/notifications");
  const preferences = await getPreferences(user.id);
  const [account, row, mutes] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailVerified: true, discordUserId: true, timezone: true },
    }),
    db.notificationPreference.findUnique({ where: { userId: user.id }, select: { createdAt: true, updatedAt: true } }),
    listMutes(user.id),
  ]);
  const contact: TContactInfo = {
    email: account.email,
    hasVerifiedEmail: account.email !== null && account.emailVerified !== null,
    hasDiscord: account.discordUserId !== null,
    isDiscordSignInEnabled,
  };
  // No "chosen" flag is stored: a zone still at the UTC default on a row nobody ever saved means
  // the user never picked one, so the form may suggest the browser's.
  const isZoneUnchosen =
    account.timezone === DEFAULT_TIME_ZONE &&
    (!row || row.updatedAt.getTime() - row.createdAt.getTime() < UNTOUCHED_WINDOW_MS);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Notification settings"
        description="Choose what reaches you, and where: in the app, by email or on Discord."
        actions={
          <Link
            href="/notifications"
            className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            Notification center →
          </Link>
        }
      />
      <ContactChannels contact={contact} />
      <NotificationSettingsForm
        initial={preferences}
        contact={contact}
        timeZones={listTimeZones()}
        isZoneUnchosen={isZoneUnchosen}
      />
      <ActiveMutes mutes={mutes} timeZone={account.timezone} />
    </div>
  );
}
