// A captain applies for two sponsorships on the team page; the admin approves one and rejects the
// other on the dashboard; the team is told of the approval and the sponsor shows on the team page.
import { expect, test } from "@playwright/test";
import { notificationTitlesOf } from "./support/database";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test("a captain's sponsorship application is approved or rejected by the admin, and the team is told", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // two sign-ins and an Inngest run
  await signInAs(page, "alex@deltacrown.test");
  await page.goto("/teams/crimson-vanguard");
  const form = page.getByRole("form", { name: "Apply for a sponsorship" });
  const apply = async (name: string, website: string) => {
    await form.getByLabel("Sponsor").fill(name);
    await form.getByLabel("Website (optional)").fill(website);
    await form.getByLabel("Starts").fill(day(0));
    await form.getByLabel("Ends").fill(day(60));
    await form.getByRole("button", { name: "Apply for sponsorship" }).click();
  };

  await apply("Pixel Forge", "http://pixelforge.example.com");
  await expect(form.getByRole("alert")).toContainText("full https:// address");
  await form.getByLabel("Website (optional)").fill("https://pixelforge.example.com");
  await form.getByRole("button", { name: "Apply for sponsorship" }).click();
  await expect(form.getByRole("status")).toHaveText("Sent. Pixel Forge waits for an admin's approval.");
  await apply("Byte Fuel", "https://bytefuel.example.com");
  await expect(form.getByRole("status")).toHaveText("Sent. Byte Fuel waits for an admin's approval.");
  const applications = page.getByRole("list", { name: "Your applications" });
  await expect(applications.getByRole("listitem").filter({ hasText: "Pixel Forge" })).toContainText("Pending");

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin@deltacrown.test");
  await admin.goto("/admin/sponsors");
  const sponsors = admin.getByRole("region", { name: "Sponsors" });
  const since = await databaseNow();
  // A decided application leaves the waiting list for "Latest decisions", with its new status.
  const decision = (name: string) => sponsors.getByRole("listitem").filter({ hasText: `${name} for Crimson Vanguard` });
  await sponsors.getByRole("button", { name: "Approve Pixel Forge" }).click();
  await expect(decision("Pixel Forge")).toContainText("Active");
  await sponsors.getByRole("button", { name: "Reject Byte Fuel" }).click();
  await sponsors.getByRole("button", { name: "Reject sponsorship" }).click();
  await expect(decision("Byte Fuel")).toContainText("Rejected");
  await expect(sponsors.getByRole("button", { name: /Pixel Forge|Byte Fuel/ })).toHaveCount(0);

  expect(await runEventsSince(since)).toContain("sponsor/approved");
  // The team is told in-app; sponsor news is emailed in the daily digest by default.
  expect(await notificationTitlesOf("jamie@deltacrown.test")).toContain("Pixel Forge now sponsors Crimson Vanguard");

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Sponsors", exact: true }).getByRole("link", { name: /Pixel Forge/ }),
  ).toBeVisible();
  await expect(applications.getByRole("listitem").filter({ hasText: "Byte Fuel" })).toContainText("Rejected");
  await expect(applications.getByRole("listitem").filter({ hasText: "Pixel Forge" })).toHaveCount(0);
});
