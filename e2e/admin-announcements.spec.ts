// An admin writes an announcement, reviews what players will get — the notice, the real email (HTML
// and plain text), its subject and the audience with its count — goes back to edit, sends, and
// watches the row go from queued to delivered without reloading the page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const TEAM = "Obsidian Owls";

async function compose(page: Page, title: string) {
  await page.goto("/admin/announcements");
  await page.getByRole("radio", { name: "One team" }).check();
  await page.getByLabel("Team", { exact: true }).selectOption({ label: TEAM });
  await expect(page.getByTestId("announcement-recipients")).toHaveText(`Reaches 3 players: ${TEAM} (3 players)`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill("Doors open at six.\nBring your <b>A</b> game & snacks.");
  await page.getByLabel("Link (optional)").fill("/tournaments");
}

test("Review shows the notice, the real email and the audience; Send queues it and the row counts deliveries in place", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Finals <b>tonight</b> & "prizes" ${Date.now()}`;
  await signInAs(page, "admin@deltacrown.test");
  await compose(page, title);

  await page.getByRole("button", { name: "Review", exact: true }).click();
  const review = page.getByRole("group", { name: /^Review “Finals/ });
  await expect(review.getByTestId("announcement-review-audience")).toHaveText(`Sends to 3 players on ${TEAM}.`);
  // The notice as the center shows it: the text as written, never as markup.
  const notice = review.getByTestId("announcement-notice-preview");
  await expect(notice).toContainText("Announcements");
  await expect(notice).toContainText(title);
  await expect(notice).toContainText("Bring your <b>A</b> game & snacks.");
  await expect(review.getByTestId("announcement-email-subject")).toHaveText(title);

  // The email: the template's HTML, in a frame that runs nothing; the title is text in it, not a <b>.
  const frame = review.locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "");
  const email = page.frameLocator('iframe[title^="Email:"]');
  await expect(email.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(email.locator("b")).toHaveCount(0);
  await expect(email.getByRole("link", { name: "Read the announcement" })).toHaveAttribute("href", /\/tournaments$/);

  await review.getByRole("tab", { name: "Plain text" }).click();
  await expect(review.getByRole("tab", { name: "Plain text" })).toHaveAttribute("aria-selected", "true");
  const text = review.getByRole("tabpanel");
  await expect(text).toContainText(title);
  await expect(text).toContainText("Read the announcement http");
  await expect(review.locator("iframe")).toHaveCount(0);

  // No axe violations in the open review, light and dark (the email's own HTML is the template's).
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="announcement-review"]')
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  }

  // Edit goes back to the fields as they were; nothing was sent.
  await review.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("button", { name: "Review", exact: true })).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByTestId("announcement-row").filter({ hasText: title })).toHaveCount(0);

  await page.getByRole("button", { name: "Review", exact: true }).click();
  const since = await databaseNow();
  await page.getByRole("button", { name: "Send to 3 players" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Queued for 3 players — not delivered yet" })).toBeVisible();
  const row = page.getByTestId("announcement-row").filter({ hasText: title });
  await expect(row).toContainText("Queued — not delivered yet");
  await expect(row.getByTestId("announcement-recipients-count")).toHaveText("3");
  await expect(row.getByTestId("announcement-delivered-count")).toHaveText("0 delivered");
  await expect(row).toHaveAttribute("data-state", "queued");

  // The background worker's part; the page is not reloaded: the row follows by itself.
  expect(await runEventsSince(since)).toContain("notification/requested");
  await expect(row.getByTestId("announcement-delivered-count")).toHaveText("3 delivered", { timeout: 20_000 });
  await expect(row).toHaveAttribute("data-state", "sent");
  await expect(row).toContainText(/sent .*ago|sent just now/);
  await expect(row).not.toContainText("Queued");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the review fits the screen and Escape goes back to editing", async ({ page }) => {
    await signInAs(page, "admin@deltacrown.test");
    await compose(page, `Phone check ${Date.now()}`);
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await expect(page.getByRole("button", { name: "Send to 3 players" })).toBeFocused();
    await expect(page.locator('iframe[title^="Email:"]')).toBeVisible();
    // Nothing wider than the phone: the page does not scroll sideways (the tabs scroll within their row).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Review", exact: true })).toBeFocused();
    await expect(page.getByLabel("Title")).toBeEnabled();
  });
});
