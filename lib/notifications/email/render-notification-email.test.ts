import { describe, expect, it } from "vitest";
import { NOTIFICATION_CATALOG } from "@/lib/notifications/catalog";
import { EMAIL_SUBJECT_MAX_LENGTH, renderNotificationEmail } from "./render-notification-email";
import { toAbsoluteLink } from "@/lib/links/safe-link";

const input = {
  appUrl: "https://deltacrown.gg",
  recipientName: "Ava",
  notification: {
    type: "match_result" as const,
    title: "Crimson Kings beat Night Owls 3–1",
    body: "Round 2 is done.\nNext match: Saturday.",
    url: "/tournaments/spring-cup",
  },
  unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=abc.def",
  preferencesUrl: "https://deltacrown.gg/settings/notifications",
};

describe("notification email", () => {
  it("escapes HTML in the title and body instead of rendering it", async () => {
    const email = await renderNotificationEmail({
      ...input,
      notification: {
        ...input.notification,
        title: `Win <script>alert("t")</script> <b>now</b>`,
        body: `<script>alert("b")</script> and <b>bold</b> <img src=x onerror=alert(1)>`,
      },
    });
    expect(email.html).toContain("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;b&quot;)&lt;/script&gt;");
    expect(email.html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(email.html).not.toMatch(/<script/i);
    expect(email.html).not.toContain("<b>");
    expect(email.html).not.toMatch(/<img[^>]*onerror/i);
    // The plain text keeps what the user wrote, literally.
    expect(email.text).toContain(`Win <script>alert("t")</script> <b>now</b>`);
  });

  it("links the button to the absolute url and carries the unsubscribe and settings links", async () => {
    const email = await renderNotificationEmail(input);
    expect(email.html).toContain('href="https://deltacrown.gg/tournaments/spring-cup"');
    expect(email.html).not.toContain('href="/tournaments');
    expect(email.html).toContain('href="https://deltacrown.gg/unsubscribe?token=abc.def"');
    expect(email.html).toContain("Unsubscribe from Match results emails");
    expect(email.html).toContain('href="https://deltacrown.gg/settings/notifications"');
    expect(email.html).toContain("Manage notification settings");
    expect(email.html).toContain(NOTIFICATION_CATALOG.match_result.emoji);
  });

  it("has a plain-text part with the title, body, action link and unsubscribe link", async () => {
    const { text } = await renderNotificationEmail(input);
    expect(text).toContain("Crimson Kings beat Night Owls 3–1");
    expect(text).toContain("Round 2 is done.");
    expect(text).toContain("Next match: Saturday.");
    expect(text).toContain("https://deltacrown.gg/tournaments/spring-cup");
    expect(text).toContain("https://deltacrown.gg/unsubscribe?token=abc.def");
    expect(text).toContain("https://deltacrown.gg/settings/notifications");
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("uses the title as the subject, on one line and cut to a sane length", async () => {
    expect((await renderNotificationEmail(input)).subject).toBe("Crimson Kings beat Night Owls 3–1");
    const long = await renderNotificationEmail({
      ...input,
      notification: { ...input.notification, title: `Line one\nline two ${"word ".repeat(100)}` },
    });
    expect(long.subject.length).toBeLessThanOrEqual(EMAIL_SUBJECT_MAX_LENGTH);
    expect(long.subject).not.toContain("\n");
    expect(long.subject.startsWith("Line one line two word")).toBe(true);
    expect(long.subject.endsWith("…")).toBe(true);
  });

  it("links to the notification center when the notification has no url", async () => {
    const email = await renderNotificationEmail({ ...input, notification: { ...input.notification, url: null } });
    expect(email.html).toContain('href="https://deltacrown.gg/notifications"');
  });
});

describe("absolute urls in emails", () => {
  it.each([
    ["/teams/crimson", "https://deltacrown.gg/teams/crimson"],
    ["teams/crimson", "https://deltacrown.gg/teams/crimson"],
    ["https://example.com/vod?t=1", "https://example.com/vod?t=1"],
    [null, "https://deltacrown.gg/notifications"],
    ["javascript:alert(1)", "https://deltacrown.gg/notifications"],
    ["//evil.example/phish", "https://deltacrown.gg/notifications"],
    ["/\t/evil.example", "https://deltacrown.gg/notifications"],
    ["http://example.com/plain-http", "https://deltacrown.gg/notifications"],
    ["data:text/html,hi", "https://deltacrown.gg/notifications"],
  ])("%s → %s", (url, expected) => {
    expect(toAbsoluteLink(url, "https://deltacrown.gg/")).toBe(expected);
  });
});
