// Options for the plain-text part: html-to-text upper-cases headings by default, which would turn
// a user's title into SHOUTING (and no longer match what they wrote).
import type { Options } from "@react-email/render";

export const PLAIN_TEXT_OPTIONS = {
  plainText: true,
  htmlToTextOptions: {
    selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  },
} satisfies Options;
