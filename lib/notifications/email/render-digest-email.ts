// The daily digest as an email: counts and summary are computed from the groups; the subject says
// how many ("Your DeltaCrown digest: 7 new notifications").
import { render } from "@react-email/render";
import { createElement } from "react";
import DailyDigestEmail, { type TDailyDigestEmailProps } from "@/emails/daily-digest";
import { PLAIN_TEXT_OPTIONS } from "./plain-text-options";
import type { TRenderedEmail } from "./render-notification-email";
import { countNotifications, summarizeDigest } from "./summarize-digest";

export type TRenderDigestEmailInput = TDailyDigestEmailProps;

export async function renderDigestEmail(input: TRenderDigestEmailInput): Promise<TRenderedEmail> {
  const element = createElement(DailyDigestEmail, input);
  const [html, text] = await Promise.all([render(element), render(element, PLAIN_TEXT_OPTIONS)]);
  const { totalCount } = summarizeDigest(input.groups);
  return { subject: `Your DeltaCrown digest: ${countNotifications(totalCount)}`, html, text };
}
