import { expect, type Page, test } from "@playwright/test";
import { findNewestEmail } from "./support/mailbox";
import { databaseNow, runEventsSince, sendDueDigestsNow } from "./support/run-events";
import { signInAs } from "./support/session";

const PHONE = { width: 390, height: 844 };

/** Each control says where its last change stands in its description: "Saving…", "Saved" or why not. */
const saved = /\bSaved\b/;

async function openSettings(page: Page, email: string) {
  await signInAs(page, email);
  await page.goto("/settings/notifications");
  // Interactive once hydrated: a click before that would be the browser's alone.
  await expect(page.locator("#notification-settings")).toHaveAttribute("aria-busy", "false");
}

test("each change saves on its own with a Saved tick, and is still there after a reload", async ({ page }) => {
  await openSettings(page, "jamie@deltacrown.test");
  const resultsByEmail = page.getByRole("combobox", { name: "Email for Match results" });
  const rosterByEmail = page.getByRole("combobox", { name: "Email for Roster changes" });
  const resultsInApp = page.getByRole("checkbox", { name: "In-app for Match results" });
  // The defaults: what cannot wait comes at once, the rest in the daily digest.
  await expect(resultsByEmail).toHaveValue("instant");
  await expect(rosterByEmail).toHaveValue("digest");
  await expect(page.getByText("Your unread notifications of 10 types")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);

  await resultsInApp.uncheck();
  await expect(resultsInApp).toHaveAccessibleDescription(saved);
  await resultsByEmail.selectOption({ label: "Daily digest" });
  await expect(resultsByEmail).toHaveAccessibleDescription(saved);
  await rosterByEmail.selectOption({ label: "Off" });
  await expect(rosterByEmail).toHaveAccessibleDescription(saved);
  await page.getByLabel("Digest time").fill("18:47");
  await expect(page.getByLabel("Digest time")).toHaveAccessibleDescription(saved);
  const emailOff = page.getByRole("checkbox", { name: "Turn off all email" });
  await emailOff.check();
  await expect(emailOff).toHaveAccessibleDescription(saved);
  await emailOff.uncheck();
  await expect(emailOff).toHaveAccessibleDescription(saved);

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Email for Match results" })).toHaveValue("digest");
  await expect(page.getByRole("combobox", { name: "Email for Roster changes" })).toHaveValue("off");
  await expect(page.getByRole("checkbox", { name: "In-app for Match results" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Turn off all email" })).not.toBeChecked();
  await expect(page.getByLabel("Digest time")).toHaveValue("18:47");
  await expect(page.getByText("Your unread notifications of 10 types")).toBeVisible();
});

test("rapid clicks are all saved and the last one wins", async ({ page }) => {
  await openSettings(page, "sofia@deltacrown.test");
  const rosterInApp = page.getByRole("checkbox", { name: "In-app for Roster changes" });
  const resultsInApp = page.getByRole("checkbox", { name: "In-app for Match results" });
  await expect(rosterInApp).toBeChecked();
  await expect(resultsInApp).toBeChecked();
  // Five clicks on one box and one on another, without waiting for any answer.
  for (let click = 0; click < 5; click += 1) await rosterInApp.click();
  await resultsInApp.click();
  await expect(rosterInApp).not.toBeChecked();
  await expect(rosterInApp).toHaveAccessibleDescription(saved);
  await expect(resultsInApp).toHaveAccessibleDescription(saved);

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "In-app for Roster changes" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "In-app for Match results" })).not.toBeChecked();
});

test("a change the server refuses goes back and says why beside it", async ({ page }) => {
  await openSettings(page, "sofia@deltacrown.test");
  const invitesInApp = page.getByRole("checkbox", { name: "In-app for Team invites" });
  await expect(invitesInApp).toBeChecked();
  // The session ends elsewhere (signed out in another tab): the next save is refused.
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  await invitesInApp.uncheck();
  await expect(page.getByRole("alert").filter({ hasText: "In-app not saved: Please sign in first." })).toBeVisible();
  await expect(invitesInApp).toBeChecked();
  await expect(invitesInApp).toHaveAccessibleDescription(/Not saved/);

  await page.context().addCookies(cookies);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "In-app for Team invites" })).toBeChecked();
});

test("a time typed and left at once through an in-app link is still saved", async ({ page }) => {
  await openSettings(page, "sofia@deltacrown.test");
  await page.getByLabel("Digest time").fill("06:15");
  await page.getByRole("link", { name: "Notification center →" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  // The save may still be on its way when the notification center shows: come back until it has landed.
  await expect(async () => {
    await page.goto("/settings/notifications");
    await expect(page.getByLabel("Digest time")).toHaveValue("06:15", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("without a linked Discord account there is one Link Discord call to action and no Discord boxes", async ({
  page,
}) => {
  await openSettings(page, "jamie@deltacrown.test");
  const matrix = page.getByRole("region", { name: "What you get, and where" });
  await expect(matrix.getByRole("button", { name: "Link Discord" })).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: /^Discord for / })).toHaveCount(0);
  // The E2E deployment has no Discord sign-in, so the call to action says so rather than failing.
  await expect(matrix.getByRole("button", { name: "Link Discord" })).toHaveAccessibleDescription(
    /Discord sign-in is not set up on this deployment/,
  );

  await page.setViewportSize(PHONE);
  await expect(matrix.getByRole("button", { name: "Link Discord" })).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: /^Discord for / })).toHaveCount(0);
});

test("with a linked Discord account the Discord column shows and there is nothing to link", async ({ page }) => {
  await openSettings(page, "lena@deltacrown.test");
  await expect(page.getByRole("checkbox", { name: "Discord for Match results" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Link Discord" })).toHaveCount(0);
  await expect(page.getByText("Your Discord account is linked.")).toBeVisible();
});

test("on a desktop the matrix's column headers stay in view while its rows scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openSettings(page, "jamie@deltacrown.test");
  const table = page.getByRole("table", { name: "Channels for each type of notification" });
  await expect(table).toBeVisible();
  const lastRow = table.getByRole("row").last();
  await lastRow.scrollIntoViewIfNeeded();
  const header = table.getByRole("columnheader", { name: "Email" });
  await expect(header).toBeInViewport();
  const headerBox = await header.boundingBox();
  const tableBox = await table.boundingBox();
  // The table's top has scrolled off the screen; its header row is pinned to the top.
  expect(tableBox?.y).toBeLessThan(0);
  expect(headerBox?.y).toBeGreaterThanOrEqual(0);
  expect(headerBox?.y).toBeLessThan(10);
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the matrix is one card per notification type with labelled channels, and it saves from there", async ({
    page,
  }) => {
    await openSettings(page, "sofia@deltacrown.test");
    await expect(page.getByRole("table", { name: "Channels for each type of notification" })).toBeHidden();
    const card = page.getByRole("group", { name: "Brackets" });
    await expect(card).toBeVisible();
    await expect(card.getByText("In-app", { exact: true })).toBeVisible();
    await expect(card.getByText("Email", { exact: true })).toBeVisible();
    const inApp = card.getByRole("checkbox", { name: "In-app for Brackets" });
    await expect(inApp).toBeChecked();
    await expect(card.getByRole("combobox", { name: "Email for Brackets" })).toBeVisible();
    // Readable without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await inApp.uncheck();
    await expect(card.getByText("Saved")).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole("group", { name: "Brackets" }).getByRole("checkbox", { name: /^In-app for/ }),
    ).not.toBeChecked();
  });
});

test("a type set to the daily digest is not emailed on its own and arrives in the next digest", async ({ page }) => {
  await openSettings(page, "priya@deltacrown.test");
  // Account notices (the test notification's type) default to the digest; a digest due at 00:00 is due all day.
  await expect(page.getByRole("combobox", { name: "Email for Account and system notices" })).toHaveValue("digest");
  await page.getByLabel("Digest time").fill("00:00");
  await expect(page.getByLabel("Digest time")).toHaveAccessibleDescription(saved);

  const since = await databaseNow();
  const before = await findNewestEmail("priya@deltacrown.test");
  await page.getByRole("button", { name: "Send me a test notification" }).click();
  await expect(
    page.getByText("Not emailed on its own: account and system notices go in your daily digest at 00:00."),
  ).toBeVisible();
  await runEventsSince(since);
  expect((await findNewestEmail("priya@deltacrown.test"))?.id).toBe(before?.id);

  await sendDueDigestsNow();
  const digest = await findNewestEmail("priya@deltacrown.test");
  expect(digest?.subject).toMatch(/^Your DeltaCrown digest: \d+ new notifications?$/);
  expect(digest?.text).toContain("Test notification");
});
