// Many notification emails at once, as mail merge: recipients of the same notification differ only
// in their name and their unsubscribe link, so each distinct notification is rendered once (React
// Email takes ~10 ms an email, which at 100 a provider call would outlast the call's time slot)
// with placeholders, and each recipient's email is that render with their values put in — escaped
// for HTML in the HTML part, as React would, and as written in the plain-text part. The result is
// the same text renderNotificationEmail gives each recipient (render-notification-emails.test.ts).
import { randomBytes } from "node:crypto";
import type { TNotificationEmailProps } from "@/emails/notification";
import { renderNotificationEmail, type TRenderedEmail } from "./render-notification-email";

// Random per process, so no notification text can ever contain (and be rewritten at) a placeholder.
const NONCE = randomBytes(8).toString("hex");
const NAME = `dcname${NONCE}`;
const UNSUBSCRIBE = `https://unsubscribe.invalid/${NONCE}`;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);

export async function renderNotificationEmails(inputs: TNotificationEmailProps[]): Promise<TRenderedEmail[]> {
  const templates = new Map<string, Promise<TRenderedEmail>>();
  return Promise.all(
    inputs.map(async (input) => {
      const name = input.recipientName?.trim() || null;
      const key = JSON.stringify([input.appUrl, input.preferencesUrl, input.notification, name !== null]);
      let template = templates.get(key);
      if (!template) {
        template = renderNotificationEmail({
          ...input,
          recipientName: name === null ? null : NAME,
          unsubscribeUrl: UNSUBSCRIBE,
        });
        templates.set(key, template);
      }
      const { subject, html, text } = await template;
      return {
        subject,
        html: html.replaceAll(NAME, escapeHtml(name ?? "")).replaceAll(UNSUBSCRIBE, escapeHtml(input.unsubscribeUrl)),
        text: text.replaceAll(NAME, name ?? "").replaceAll(UNSUBSCRIBE, input.unsubscribeUrl),
      };
    }),
  );
}
