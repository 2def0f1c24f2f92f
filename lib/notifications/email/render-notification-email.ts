// One notification as an email: subject (the title, on one line, at most 120 characters), HTML and
// the plain-text part. User text is escaped by React; urls are made absolute with appUrl.
import { render } from "@react-email/render";
import { createElement } from "react";
import NotificationEmail, { type TNotificationEmailProps } from "@/emails/notification";
import { truncateText } from "@/lib/text/truncate-text";
import { PLAIN_TEXT_OPTIONS } from "./plain-text-options";

/** Long enough for any real title; inboxes show about 60–80 characters anyway. */
export const EMAIL_SUBJECT_MAX_LENGTH = 120;

export type TRenderedEmail = { subject: string; html: string; text: string };

export async function renderNotificationEmail(input: TNotificationEmailProps): Promise<TRenderedEmail> {
  const element = createElement(NotificationEmail, input);
  const [html, text] = await Promise.all([render(element), render(element, PLAIN_TEXT_OPTIONS)]);
  return { subject: toSubject(input.notification.title), html, text };
}

/** A header is one line: newlines and runs of spaces collapse, then the length is capped. */
export function toSubject(title: string): string {
  const oneLine = title.replace(/\s+/g, " ").trim();
  return truncateText(oneLine || "DeltaCrown notification", EMAIL_SUBJECT_MAX_LENGTH);
}
