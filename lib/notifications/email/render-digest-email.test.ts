import { describe, expect, it } from "vitest";
import { groupForDigest } from "./group-for-digest";
import { renderDigestEmail } from "./render-digest-email";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));
const notifications = [
  ...Array.from({ length: 8 }, (_, index) => ({
    type: "match_scheduled" as const,
    title: `Match ${index + 1} scheduled`,
    body: `Round ${index + 1} on Saturday`,
    url: `/matches/${index + 1}`,
    createdAt: at(index),
  })),
  {
    type: "match_result" as const,
    title: "Crimson Kings won 3–1",
    body: "x ".repeat(400),
    url: null,
    createdAt: at(30),
  },
  {
    type: "announcement" as const,
    title: "Season 3 <b>starts</b>",
    body: "Sign up now",
    url: "https://example.com/season-3",
    createdAt: at(40),
  },
];
const input = {
  appUrl: "https://deltacrown.gg",
  recipientName: "Ava",
  date: "2026-03-03",
  groups: groupForDigest(notifications),
  unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=digest.sig",
  preferencesUrl: "https://deltacrown.gg/settings/notifications",
};

describe("daily digest email", () => {
  it("says how many notifications in how many categories, in the subject and the summary", async () => {
    const email = await renderDigestEmail(input);
    expect(email.subject).toBe("Your DeltaCrown digest: 10 new notifications");
    expect(email.html).toContain("10 new notifications in 3 categories");
    expect(email.text).toContain("10 new notifications in 3 categories");
    expect(email.text).toContain("Tuesday, 3 March 2026");
  });

  it("uses the singular for one notification", async () => {
    const email = await renderDigestEmail({ ...input, groups: groupForDigest(notifications.slice(-1)) });
    expect(email.subject).toBe("Your DeltaCrown digest: 1 new notification");
    expect(email.text).toContain("1 new notification in 1 category");
  });

  it("shows each type with its count, the newest five items and '+N more' linking to the center", async () => {
    const { text, html } = await renderDigestEmail(input);
    expect(text).toMatch(/Match schedule \(8\)/);
    expect(text).toMatch(/Match results \(1\)/);
    expect(text).toContain("Match 8 scheduled");
    expect(text).toContain("Match 4 scheduled");
    expect(text).not.toContain("Match 3 scheduled");
    expect(text).toContain("+3 more https://deltacrown.gg/notifications?type=match_scheduled");
    expect(html).toContain("+<!-- -->3<!-- --> more");
    // Catalog order: schedule before results before announcements.
    expect(text.indexOf("Match schedule")).toBeLessThan(text.indexOf("Match results"));
    expect(text.indexOf("Match results")).toBeLessThan(text.indexOf("Announcements"));
  });

  it("links items absolutely, shortens long bodies and escapes user text", async () => {
    const { html, text } = await renderDigestEmail(input);
    expect(html).toContain('href="https://deltacrown.gg/matches/8"');
    expect(html).toContain('href="https://example.com/season-3"');
    expect(html).toContain("Season 3 &lt;b&gt;starts&lt;/b&gt;");
    expect(html).not.toContain("<b>starts");
    expect(text).toMatch(/x x x…/);
    expect(text).not.toContain("x ".repeat(100));
  });

  it("has the open-notifications button, the settings link and the turn-off-digest link", async () => {
    const { html, text } = await renderDigestEmail(input);
    expect(html).toContain("Open your notifications");
    expect(text).toContain("Open your notifications https://deltacrown.gg/notifications");
    expect(html).toContain('href="https://deltacrown.gg/unsubscribe?token=digest.sig"');
    expect(text).toContain("Turn off the daily digest https://deltacrown.gg/unsubscribe?token=digest.sig");
    expect(text).toContain("Manage notification settings https://deltacrown.gg/settings/notifications");
  });
});
