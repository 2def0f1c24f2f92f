// An admin moves one match and cancels another from the dashboard (the cancellation asked first);
// both rosters' players read "moved" and "cancelled" in their notification center, and when the
// moved match's check-in reminder runs (its sleep over, the rest the real function) it reaches them.
import { expect, test } from "@playwright/test";
import { notificationTitlesOf } from "./support/database";
import { databaseNow, runEventsSince, runSleepingRunsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const MOVED = "Round 2 · Azure Phantoms vs Obsidian Owls";
const CANCELLED = "Round 3 · Golden Tide vs Azure Phantoms";

test("an admin reschedules a match and cancels another; the rosters are told, and the moved match's reminder reaches them", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "admin@deltacrown.test");
  const since = await databaseNow();
  await page.goto("/admin");
  const card = page.getByRole("article", { name: "Nightfall Masters" });
  await card.getByText(/^Reschedule or cancel a match/).click();

  const moving = card.getByRole("listitem").filter({ hasText: MOVED });
  await moving.getByLabel("New time").fill("2030-06-15T19:30");
  await moving.getByRole("button", { name: `Reschedule ${MOVED}` }).click();
  await expect(moving.getByText("Match moved. Both rosters are being told.")).toBeVisible();

  const cancelling = card.getByRole("listitem").filter({ hasText: CANCELLED });
  await cancelling.getByRole("button", { name: `Cancel match ${CANCELLED}` }).click();
  await expect(cancelling.getByText(/^Cancel Golden Tide vs Azure Phantoms\?/)).toBeVisible();
  await cancelling.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(card.getByText("Match cancelled. Both rosters are being told.")).toBeVisible();
  await page.reload();
  await page
    .getByRole("article", { name: "Nightfall Masters" })
    .getByText(/^Reschedule or cancel a match/)
    .click();
  await expect(page.getByRole("listitem").filter({ hasText: CANCELLED })).toHaveCount(0);

  // The domain events as Inngest would run them: notices now; the reminder run sleeps until 30 min before.
  await runEventsSince(since);
  const moved = /^Azure Phantoms vs Obsidian Owls moved to Sat 15 Jun, \d\d:30 UTC$/;
  const cancelled = "Golden Tide vs Azure Phantoms cancelled";
  for (const email of ["lena@deltacrown.test", "olivia@deltacrown.test"])
    expect(await notificationTitlesOf(email)).toContainEqual(expect.stringMatching(moved));
  for (const email of ["lena@deltacrown.test", "kenji@deltacrown.test"])
    expect(await notificationTitlesOf(email)).toContain(cancelled);
  expect((await notificationTitlesOf("lena@deltacrown.test")).some((title) => title.includes("starts in"))).toBe(false);

  // Its time comes: the reminder re-reads the match (still scheduled, at that time) and notifies both rosters.
  const reminderRuns = await runSleepingRunsSince(since);
  expect(reminderRuns).toContainEqual(expect.stringContaining('remind-match-start: {"status":"sent"'));

  const player = await (await page.context().browser()?.newContext())?.newPage();
  if (!player) throw new Error("no second browser context");
  await signInAs(player, "lena@deltacrown.test");
  await player.goto("/notifications");
  await expect(player.getByText("Your match vs Obsidian Owls starts in 30 min").first()).toBeVisible();
  await expect(player.getByText(moved).first()).toBeVisible();
  await expect(player.getByText(cancelled).first()).toBeVisible();
  expect(await notificationTitlesOf("olivia@deltacrown.test")).toContain(
    "Your match vs Azure Phantoms starts in 30 min",
  );
});
