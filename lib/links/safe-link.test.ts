import { describe, expect, it } from "vitest";
import { isSafeLinkInput, safeCallbackUrl, toAbsoluteLink, toSafeLink } from "./safe-link";

const APP = "https://deltacrown.gg";

// Each of these, used as a Location or an href, would take the browser off the app (or crash the
// redirect with a newline in a header) if passed through as written.
const HOSTILE = [
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/\\\t/evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http://evil.example",
  "https://evil.example",
  "https://deltacrown.gg@evil.example",
  "https://user:pass@deltacrown.gg/teams",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "",
];

describe("safeCallbackUrl", () => {
  it.each(HOSTILE)("keeps %j on the app", (value) => {
    const target = safeCallbackUrl(value, APP);
    expect(new URL(target, APP).origin).toBe(APP);
    expect(target).toMatch(/^\/(?![/\\])/);
    expect(target).not.toMatch(/[\u0000-\u0020\\]/);
  });

  it.each([
    ["/admin", "/admin"],
    ["/teams/crimson-vanguard?tab=roster#news", "/teams/crimson-vanguard?tab=roster#news"],
    ["https://deltacrown.gg/notifications?view=unread", "/notifications?view=unread"],
    // Percent-encoded forms stay encoded: the browser does not decode them into a second slash.
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/ok path", "/ok%20path"],
    [null, "/"],
    [undefined, "/"],
  ])("keeps the app path of %j as %j", (value, expected) => {
    expect(safeCallbackUrl(value, APP)).toBe(expected);
  });

  it("takes the app's own origin from APP_URL, including its port", () => {
    expect(safeCallbackUrl("http://localhost:3000/admin", "http://localhost:3000")).toBe("/admin");
    expect(safeCallbackUrl("http://localhost:4000/admin", "http://localhost:3000")).toBe("/");
  });
});

describe("toSafeLink", () => {
  it("keeps app paths and full https links to other sites", () => {
    expect(toSafeLink("/tournaments/crown-cup", APP)).toBe("/tournaments/crown-cup");
    expect(toSafeLink("https://deltacrown.gg/rules", APP)).toBe("/rules");
    expect(toSafeLink("https://example.com/x", APP)).toBe("https://example.com/x");
    expect(toSafeLink(null, APP)).toBeNull();
  });

  it.each(HOSTILE.filter((value) => value !== "https://evil.example"))("gives no link for %j", (value) => {
    const link = toSafeLink(value, APP);
    if (link !== null) expect(new URL(link, APP).origin).toBe(APP);
  });

  it("makes links absolute for email and Discord, falling back to the notification center", () => {
    expect(toAbsoluteLink("/teams/x", APP)).toBe("https://deltacrown.gg/teams/x");
    expect(toAbsoluteLink("https://example.com/a", APP)).toBe("https://example.com/a");
    expect(toAbsoluteLink("/\t/evil.example", APP)).toBe("https://deltacrown.gg/notifications");
    expect(toAbsoluteLink("javascript:alert(1)", APP)).toBe("https://deltacrown.gg/notifications");
  });
});

describe("isSafeLinkInput (announcement links an admin types)", () => {
  it.each([
    "/tournaments/nightfall-masters",
    "/",
    "/teams/crimson-vanguard?tab=roster#news",
    "https://deltacrown.gg/rules",
    "https://example.com",
  ])("allows the same-site path or https URL %s", (url) => expect(isSafeLinkInput(url, APP)).toBe(true));

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://example.com",
    "https:example.com",
    "//evil.test/path",
    "/\\evil.test",
    "/\t/evil.test",
    "/ok path",
    "https://user:pass@example.com",
    "tournaments/relative",
    "",
    `/${"a".repeat(2_000)}`,
  ])("refuses %j", (url) => expect(isSafeLinkInput(url, APP)).toBe(false));
});
