import { describe, expect, it } from "vitest";
import { findSignInLink } from "./find-sign-in-link";

const LINK =
  "http://localhost:3000/api/auth/callback/email?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2F&token=abc123&email=zoe%40deltacrown.test";

describe("findSignInLink", () => {
  it("finds the magic link in the text part", () => {
    expect(findSignInLink({ text: `Sign in ${LINK}\n\nOr paste this link into your browser: ${LINK}` })).toBe(LINK);
  });

  it("falls back to the HTML part and decodes &amp;", () => {
    expect(
      findSignInLink({ text: "no link here", html: `<a href="${LINK.replaceAll("&", "&amp;")}">Sign in</a>` }),
    ).toBe(LINK);
  });

  it("ignores other links, such as unsubscribe links", () => {
    expect(
      findSignInLink({
        text: "Unsubscribe http://localhost:3000/unsubscribe?token=v1.abc and http://localhost:3000/notifications",
      }),
    ).toBeNull();
  });
});
