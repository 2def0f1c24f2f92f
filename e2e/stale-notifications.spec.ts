// The center never shows a stale call to action: a match moved twice is one notice (the current
// time) with its earlier update folded under it, counted once. Kenji reads both times in his zone.
import { expect, test } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { openMatchChanges, rescheduleMatch } from "./support/match-changes";
import { signInAs } from "./support/session";

// The admin types the times in their browser's zone: fixed, so the instants are known.
test.use({ timezoneId: "UTC" });

test("a match moved twice shows once, at its newest time, with the earlier update folded under it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "admin@deltacrown.test");
  const since = await databaseNow();
  const card = await openMatchChanges(page);
  for (const time of ["2031-03-10T18:00", "2031-03-12T20:00"]) {
    await rescheduleMatch(card, "Round 2 · Crimson Vanguard vs Golden Tide", time);
    await runEventsSince(since);
  }

  const kenji = await (await browser.newContext()).newPage();
  await signInAs(kenji, "kenji@deltacrown.test");
  await kenji.goto("/notifications");
  const notices = kenji
    .getByTestId("notification-item")
    .filter({ hasText: /Crimson Vanguard vs Golden Tide moved to/ });
  await expect(notices).toHaveCount(1);
  // 20:00 UTC on 12 March is 05:00 the next morning in Tokyo (his zone).
  await expect(notices).toContainText("moved to Thu, 13 Mar 2031, 05:00 GMT+9");
  const earlier = notices.getByTestId("earlier-updates");
  await expect(earlier).toContainText("1 earlier update");
  await earlier.getByText("1 earlier update").click();
  await expect(earlier).toContainText("moved to Tue, 11 Mar 2031, 03:00 GMT+9");
  // The earlier one is not a row of its own, nor in the bell.
  await kenji
    .getByRole("button", { name: /Notifications/ })
    .first()
    .click();
  await expect(kenji.getByText(/moved to Tue, 11 Mar 2031/)).toHaveCount(1); // only inside the folded list
});
