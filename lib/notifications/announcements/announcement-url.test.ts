import { describe, expect, it } from "vitest";
import { isAllowedAnnouncementUrl } from "./announcement-url";

describe("isAllowedAnnouncementUrl", () => {
  it.each(["/tournaments/nightfall-masters", "/", "/teams/crimson-vanguard?tab=roster#news", "https://deltacrown.gg/rules", "https://example.com"])(
    "allows the same-site path or https URL %s",
    (url) => expect(isAllowedAnnouncementUrl(url)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://example.com",
    "//evil.test/path",
    "/\\evil.test",
    "/\t/evil.test",
    "/ok path",
    "https://user:pass@example.com",
    "tournaments/relative",
    "",
    `/${"a".repeat(2_000)}`,
  ])("refuses %j", (url) => expect(isAllowedAnnouncementUrl(url)).toBe(false));
});
