// A captain's invite reaches the player by email; its one-click unsubscribe link switches that
// email off, and the player sees it switched off on the preferences page.
import { expect, test } from "@playwright/test";
import { findNewestEmail } from "./support/mailbox";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const UNSUBSCRIBE_LINK = /https?:\/\/[^\s"'<>()[\]]+\/unsubscribe\?token=[A-Za-z0-9._-]+/;

test("the unsubscribe link in an emailed notification turns that email off on the preferences page", async ({
  page,
  browser,
}) => {
  const captain = await (await browser.newContext()).newPage();
  await signInAs(captain, "olivia@deltacrown.test");
  await captain.goto("/teams/obsidian-owls");
  const since = await databaseNow();
  await captain.getByLabel("Email or username").fill("priya@deltacrown.test");
  await captain.getByRole("button", { name: "Send invite" }).click();
  await expect(captain.getByRole("status").filter({ hasText: "Invite sent to" })).toBeVisible();
  await runEventsSince(since); // team/invite.sent → notification/requested → notify → send-email-batch

  const mail = await findNewestEmail("priya@deltacrown.test");
  expect(mail?.subject).toBe("Obsidian Owls invited you to join");
  const link = mail?.text?.match(UNSUBSCRIBE_LINK)?.[0];
  expect(link, mail?.text).toBeTruthy();

  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("you won't get these emails any more")).toBeVisible();

  await signInAs(page, "priya@deltacrown.test");
  await page.goto("/settings/notifications");
  await expect(page.getByRole("combobox", { name: "Email for Team invites" })).toHaveValue("off");
  await expect(page.getByRole("checkbox", { name: "In-app for Team invites" })).toBeChecked();
});
