"use client";
// What the admin checks before "Send": the notice as the notification center shows it, the email as
// rendered by the real template on the server (HTML in a sandboxed frame — no scripts, no forms, no
// navigation of this page — or its plain-text part), its subject, and who it reaches.
import { type KeyboardEvent, useId, useState } from "react";
import { TypeIcon } from "@/components/notifications/type-icon";
import type { TAnnouncementPreview } from "@/lib/notifications/announcements/preview-announcement";

const EMAIL_VIEWS = [
  { value: "html", label: "Email" },
  { value: "text", label: "Plain text" },
] as const;
type TEmailView = (typeof EMAIL_VIEWS)[number]["value"];

export function AnnouncementReview({ preview }: { preview: TAnnouncementPreview }) {
  return (
    <div className="space-y-4" data-testid="announcement-review">
      <p className="text-sm text-amber-950" data-testid="announcement-review-audience">
        Sends <strong>{preview.audienceLine}</strong>.
      </p>
      <section aria-label="In-app notification preview" className="space-y-1">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-zinc-600">In the app (bell and center)</h4>
        <NoticePreview notification={preview.notification} />
      </section>
      <EmailPreview email={preview.email} />
    </div>
  );
}

function NoticePreview({ notification }: { notification: TAnnouncementPreview["notification"] }) {
  return (
    <div
      className="flex gap-3 rounded-md bg-brand-50/70 px-4 py-4 ring-1 ring-zinc-200"
      data-testid="announcement-notice-preview"
    >
      <div
        aria-hidden
        className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-white text-brand-700 ring-1 ring-zinc-200"
      >
        <TypeIcon type={notification.type} />
      </div>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-zinc-600">
          <span aria-hidden className="h-2 w-2 rounded-full bg-brand-600" />
          <span className="font-semibold text-brand-700">Unread</span>
          <span aria-hidden>·</span>
          <span className="font-medium text-zinc-700">{notification.typeLabel}</span>
          <span aria-hidden>·</span>
          <span>just now</span>
        </p>
        <p className="mt-1 break-words text-base font-semibold leading-snug text-zinc-950">
          {notification.href ? (
            <span className="underline decoration-zinc-300 underline-offset-2">{notification.title}</span>
          ) : (
            notification.title
          )}
        </p>
        <p className="mt-1 whitespace-pre-line break-words text-sm text-zinc-700">{notification.body}</p>
        {notification.href ? <p className="mt-1 text-xs text-zinc-600">Opens {notification.href}</p> : null}
      </div>
    </div>
  );
}

function EmailPreview({ email }: { email: TAnnouncementPreview["email"] }) {
  const id = useId();
  const [view, setView] = useState<TEmailView>("html");
  const tabId = (value: TEmailView) => `${id}-${value}-tab`;
  const panelId = `${id}-panel`;
  // Arrow keys move between the two tabs, as a tab list does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next = view === "html" ? "text" : "html";
    setView(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <section aria-label="Email preview" className="space-y-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-zinc-600">By email</h4>
      <p className="break-words text-sm text-zinc-800">
        <span className="font-medium">Subject:</span>{" "}
        <span data-testid="announcement-email-subject">{email.subject}</span>
      </p>
      <p className="text-xs text-zinc-600">
        Players who get announcements by email receive this, with their own name and unsubscribe link (shown here as you
        would receive it); the others find it in their daily digest.
      </p>
      <div role="tablist" aria-label="Email part" className="flex gap-1 border-b border-zinc-200" onKeyDown={onKeyDown}>
        {EMAIL_VIEWS.map((option) => (
          <button
            key={option.value}
            id={tabId(option.value)}
            type="button"
            role="tab"
            aria-selected={view === option.value}
            aria-controls={panelId}
            tabIndex={view === option.value ? 0 : -1}
            onClick={() => setView(option.value)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm font-medium ${
              view === option.value
                ? "border-zinc-200 border-b-white bg-white text-zinc-900"
                : "border-transparent text-zinc-600 hover:text-zinc-900"
            }`}
          >
            {option.label}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(view)}>
        {view === "html" ? (
          // sandbox="": the email's HTML runs nothing and reaches nothing of this page.
          <iframe
            title={`Email: ${email.subject}`}
            srcDoc={email.html}
            sandbox=""
            className="h-[32rem] w-full rounded-md border border-zinc-200 bg-white"
          />
        ) : (
          <pre
            tabIndex={0}
            className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-md border border-zinc-200 bg-white p-3 text-sm text-zinc-800"
          >
            {email.text}
          </pre>
        )}
      </div>
    </section>
  );
}
