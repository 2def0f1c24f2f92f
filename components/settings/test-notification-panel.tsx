"use client";
// "Send me a test notification": runs the real pipeline for this user and lists, per channel, what
// happened. Before the first test the same rows preview what the saved settings would do, so the
// result replaces text in place instead of pushing the page around.
import Link from "next/link";
import { useState, useTransition } from "react";
import { sendTestNotificationAction } from "@/app/settings/notifications/actions";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CHANNEL_LABELS, CHANNELS, NOTIFICATION_CATALOG, type TChannel } from "@/lib/notifications/catalog";
import { describeDigestEmail } from "@/lib/notifications/preferences/describe-email-mode";
import { resolveChannels } from "@/lib/notifications/preferences/resolve-channels";
import type { TTestChannelOutcome, TTestOutcomeStatus } from "@/lib/notifications/send-test-notification";
import type { TContactInfo, TPreferencesDraft } from "./preferences-draft";

const STATUS: Record<TTestOutcomeStatus, { label: string; tone: TBadgeTone }> = {
  delivered: { label: "Delivered", tone: "success" },
  skipped: { label: "Skipped", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
  off: { label: "Not chosen", tone: "neutral" },
};

type TPreviewRow = { channel: TChannel; label: string; tone: TBadgeTone; detail: string };

function previewOf(saved: TPreferencesDraft, contact: TContactInfo): TPreviewRow[] {
  const plan = resolveChannels("system", saved, contact);
  return CHANNELS.map((channel) => {
    const skipped = plan.skipped.find((entry) => entry.channel === channel);
    if (skipped) return { channel, label: "Will skip", tone: "warning", detail: `Skipped: ${skipped.reason}.` };
    if (channel === "email" && saved.emailModes.system === "digest") {
      return {
        channel,
        label: "In digest",
        tone: "neutral",
        detail: describeDigestEmail(NOTIFICATION_CATALOG.system.label, saved.digestTime),
      };
    }
    if (!plan.channels.includes(channel)) {
      return {
        channel,
        label: "Not chosen",
        tone: "neutral",
        detail: `Not chosen for ${NOTIFICATION_CATALOG.system.label.toLowerCase()}.`,
      };
    }
    const detail =
      channel === "in_app"
        ? "Appears in your notification center."
        : channel === "email"
          ? `An email to ${contact.email ?? "your address"}.`
          : "Not posted: Discord only carries team and public news, where you are mentioned.";
    return {
      channel,
      label: channel === "discord" ? "Will skip" : "Will deliver",
      tone: channel === "discord" ? "warning" : "brand",
      detail,
    };
  });
}

export function TestNotificationPanel({
  saved,
  contact,
  isSaving,
}: {
  saved: TPreferencesDraft;
  contact: TContactInfo;
  /** A change is still on its way: a test now might not use it yet. */
  isSaving: boolean;
}) {
  const [isSending, startSending] = useTransition();
  const [outcomes, setOutcomes] = useState<{ at: string; channels: TTestChannelOutcome[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = () =>
    startSending(async () => {
      const result = await sendTestNotificationAction();
      if (result.ok) {
        setOutcomes({
          at: new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
          channels: result.data.channels,
        });
        setError(null);
      } else {
        setError(result.error);
      }
    });

  const rows = outcomes
    ? outcomes.channels.map((outcome) => ({
        channel: outcome.channel,
        label: STATUS[outcome.status].label,
        tone: STATUS[outcome.status].tone,
        detail: outcome.detail,
        href: outcome.href,
      }))
    : previewOf(saved, contact).map((row) => ({ ...row, href: undefined }));

  return (
    <div>
      <Button variant="secondary" onClick={send} disabled={isSending} aria-describedby="test-hint">
        {isSending ? "Sending…" : "Send me a test notification"}
      </Button>
      {/* One slot, two lines high on phones: a refusal replaces the hint instead of pushing the results down. */}
      <div id="test-hint" className="mt-2 min-h-10 sm:min-h-5">
        {error ? (
          <FormMessage result={{ ok: false, error }} />
        ) : (
          <p className="text-sm text-zinc-600">
            {isSaving
              ? "Saving your latest change — a test uses your settings once they are saved."
              : "Goes to you only, using your saved settings."}
          </p>
        )}
      </div>
      <div role="status" className="mt-2">
        <p className="text-sm font-medium text-zinc-800">
          {outcomes ? `Test sent at ${outcomes.at}:` : "What a test would do now:"}
        </p>
        <ul className="mt-2 divide-y divide-zinc-100 rounded-lg border border-zinc-200">
          {rows.map((row) => (
            <li
              key={row.channel}
              className="grid grid-cols-[5rem_1fr] items-start gap-x-3 gap-y-1 px-3 py-2.5 text-sm sm:grid-cols-[6rem_7rem_1fr]"
            >
              <span className="font-medium text-zinc-900">{CHANNEL_LABELS[row.channel]}</span>
              <span>
                <Badge tone={row.tone}>{row.label}</Badge>
              </span>
              <span className="col-span-2 text-zinc-700 sm:col-span-1">
                {row.detail}
                {row.href ? (
                  <>
                    {" "}
                    <Link
                      href={row.href}
                      className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
                    >
                      {row.href === "/dev/mailbox" ? "Open the dev mailbox" : "Open the notification center"}
                    </Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
