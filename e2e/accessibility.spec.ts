// Every page, as each kind of visitor sees it, checked by axe (WCAG 2.1 A and AA) in the light and
// the dark theme: the theme follows the system setting, so the browser's `prefers-color-scheme` is
// switched the way a user's operating system would.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/session";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const THEMES = ["light", "dark"] as const;

async function expectNoViolations(page: Page, path: string): Promise<void> {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    // label-content-name-mismatch is experimental in axe, so off unless asked for: a visible label
    // ("Run now") must be part of the accessible name voice-control users speak.
    const { violations } = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
      .analyze();
    const found = violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
    expect(found, `${path} in the ${colorScheme} theme`).toEqual([]);
  }
}

const PUBLIC_PAGES = [
  "/",
  "/sign-in",
  "/leaderboard",
  "/tournaments",
  "/tournaments/nightfall-masters",
  "/tournaments/crown-cup-s1",
  "/teams",
  "/teams/crimson-vanguard",
  "/no-such-page",
  "/tournaments/no-such-tournament",
];

const SIGNED_IN: { who: string; email: string; pages: string[] }[] = [
  {
    who: "a player",
    email: "jamie@deltacrown.test",
    pages: ["/", "/notifications", "/settings/notifications", "/invites", "/teams/crimson-vanguard"],
  },
  {
    who: "a captain",
    email: "alex@deltacrown.test",
    pages: ["/teams/crimson-vanguard", "/tournaments/rocket-rumble-open"],
  },
  { who: "a free agent", email: "zoe@deltacrown.test", pages: ["/", "/teams", "/invites"] },
  {
    who: "an admin",
    email: "admin@deltacrown.test",
    pages: ["/admin", "/admin/jobs", "/admin/delivery", "/admin/announcements", "/admin/sponsors"],
  },
];

test.describe("accessibility (axe, light and dark)", () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path}, signed out`, async ({ page }) => {
      await expectNoViolations(page, path);
    });
  }

  for (const { who, email, pages } of SIGNED_IN) {
    for (const path of pages) {
      test(`${path}, as ${who}`, async ({ page }) => {
        await signInAs(page, email);
        await expectNoViolations(page, path);
      });
    }
  }
});
