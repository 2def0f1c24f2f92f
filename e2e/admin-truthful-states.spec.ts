// The dashboard never calls queued work done: "Run now" stays amber until the run itself reports
// (then green, with its counts), and when events wait for a background worker that does not take
// them, the top of /admin says so — with how long, how many and what to check.
import { expect, test } from "@playwright/test";
import { insertWaitingOutboxEvent } from "./support/database";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

test("a manual run is amber while queued and turns green with its counts when the run reports", async ({ page }) => {
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin/jobs");
  const since = await databaseNow();
  await page.getByRole("button", { name: "Run now expire-invites" }).click();
  const note = page.getByRole("status").filter({ hasText: "expire-invites" });
  await expect(note).toHaveText(/^Queued expire-invites — not run yet/);
  await expect(note).toHaveAttribute("data-state", "pending");
  await expect(page.getByRole("button", { name: "Queued… expire-invites" })).toBeDisabled();

  // Inngest runs the request: the same note turns green with the run's own summary.
  expect(await runEventsSince(since)).toContain("jobs/expire-invites.requested");
  await expect(note).toHaveText(/^expire-invites ran: expired \d+/, { timeout: 15_000 });
  await expect(note).toHaveAttribute("data-state", "done");
  await expect(page.getByRole("button", { name: "Run now expire-invites" })).toBeEnabled();
});

test("events waiting for an unreachable worker put a banner on top of /admin", async ({ page }) => {
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin");
  await expect(page.getByTestId("worker-banner")).toHaveCount(0);

  const remove = await insertWaitingOutboxEvent(12);
  try {
    // On every section of the dashboard, not only where the outbox is.
    await page.goto("/admin/announcements");
    const banner = page.getByTestId("worker-banner");
    await expect(banner).toContainText(/Background worker unreachable since .+ · \d+ events? waiting/);
    await banner.getByText("How to fix").click();
    await expect(banner.getByText("npm run doctor")).toBeVisible();
    // The outbox card does not promise a resend that is not happening.
    await page
      .getByRole("navigation", { name: "Dashboard sections" })
      .getByRole("link", { name: /^Jobs & runs/ })
      .click();
    await expect(page).toHaveURL(/\/admin\/jobs$/);
    await expect(page.getByTestId("outbox-sweep-overdue")).toContainText("No sweep has resent it");
  } finally {
    await remove();
  }
  await page.goto("/admin");
  await expect(page.getByTestId("worker-banner")).toHaveCount(0);
});
