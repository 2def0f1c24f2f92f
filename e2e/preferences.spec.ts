import { expect, test } from "@playwright/test";
import { findNewestEmail } from "./support/mailbox";
import { databaseNow, runEventsSince, sendDueDigestsNow } from "./support/run-events";
import { signInAs } from "./support/session";

test("a player changes notification preferences and finds them kept after a reload", async ({ page }) => {
  await signInAs(page, "jamie@deltacrown.test");
  await page.goto("/settings/notifications");

  const resultsByEmail = page.getByRole("combobox", { name: "Email for Match results" });
  const rosterByEmail = page.getByRole("combobox", { name: "Email for Roster changes" });
  const resultsInApp = page.getByRole("checkbox", { name: "In-app for Match results" });
  // The defaults: what cannot wait comes at once, the rest in the daily digest.
  await expect(resultsByEmail).toHaveValue("instant");
  await expect(rosterByEmail).toHaveValue("digest");
  await expect(page.getByText("Your unread notifications of 10 types")).toBeVisible();

  await resultsByEmail.selectOption({ label: "Daily digest" });
  await rosterByEmail.selectOption({ label: "Off" });
  await resultsInApp.uncheck();
  await page.getByLabel("Digest time").fill("18:47");
  await expect(page.getByText("Unsaved changes.")).toBeVisible();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Email for Match results" })).toHaveValue("digest");
  await expect(page.getByRole("combobox", { name: "Email for Roster changes" })).toHaveValue("off");
  await expect(page.getByRole("checkbox", { name: "In-app for Match results" })).not.toBeChecked();
  await expect(page.getByLabel("Digest time")).toHaveValue("18:47");
  await expect(page.getByText("Your unread notifications of 10 types")).toBeVisible();
});

test("a type set to the daily digest is not emailed on its own and arrives in the next digest", async ({ page }) => {
  await signInAs(page, "priya@deltacrown.test");
  await page.goto("/settings/notifications");
  // Account notices (the test notification's type) default to the digest; a digest due at 00:00 is due all day.
  await expect(page.getByRole("combobox", { name: "Email for Account and system notices" })).toHaveValue("digest");
  await page.getByLabel("Digest time").fill("00:00");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved")).toBeVisible();

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
