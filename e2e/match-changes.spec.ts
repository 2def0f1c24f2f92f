// An admin moves one match and cancels another from the dashboard (the cancellation asked first);
// both rosters' players read "moved" and "cancelled" in their notification center, and when the
// moved match's check-in reminder runs (its sleep over, the rest the real function) it reaches them.
// Every player reads the new time in their own zone (User.timezone), named: Lena (Berlin) in the
// notification center, on the tournament and team pages and in her email; Olivia (London) in hers.
import { expect, test, type Page } from "@playwright/test";
import { formatDateTime } from "@/lib/format/format-date-time";
import { notificationTitlesOf } from "./support/database";
import { findEmails } from "./support/mailbox";
import { databaseNow, runEventsSince, runSleepingRunsSince } from "./support/run-events";
import { openMatchChanges, rescheduleMatch } from "./support/match-changes";
import { signInAs } from "./support/session";

// The admin types the new time in their browser's zone: fixed, so the instant is known.
test.use({ timezoneId: "UTC" });

const MOVED = "Round 2 · Azure Phantoms vs Obsidian Owls";
const CANCELLED = "Round 3 · Golden Tide vs Azure Phantoms";

test("an admin reschedules a match and cancels another; the rosters are told, and the moved match's reminder reaches them", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "admin@deltacrown.test");
  const since = await databaseNow();
  const card = await openMatchChanges(page);
  await rescheduleMatch(card, MOVED, "2030-06-15T19:30");

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
  // Stored once for everyone, as the instant (lib/notifications/content/time-tokens.ts).
  const stored = "Azure Phantoms vs Obsidian Owls moved to {{t:2030-06-15T19:30:00.000Z}}";
  const moved = "Azure Phantoms vs Obsidian Owls moved to Sat, 15 Jun 2030, 21:30 CEST";
  const cancelled = "Golden Tide vs Azure Phantoms cancelled";
  for (const email of ["lena@deltacrown.test", "olivia@deltacrown.test"])
    expect(await notificationTitlesOf(email)).toContain(stored);
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
  await expect(player.getByText(/starts at Sat, 15 Jun 2030, 21:30 CEST\. Check in now\./).first()).toBeVisible();

  // The pages say the same, in her zone — on her phone: the moved match on the tournament page, every date on both pages.
  await player.setViewportSize({ width: 390, height: 844 });
  await player.goto("/tournaments/nightfall-masters");
  await expect(player.getByText("Sat, 15 Jun 2030, 21:30 CEST").first()).toBeVisible();
  await expectTimesIn(player, "Europe/Berlin");
  await player.goto("/teams/azure-phantoms");
  await expectTimesIn(player, "Europe/Berlin");

  // Each recipient's email is written in their zone.
  const lenaMail = (await findEmails("lena@deltacrown.test")).find((mail) => mail.subject === moved);
  expect(lenaMail?.text).toContain(moved);
  const oliviaMail = (await findEmails("olivia@deltacrown.test")).find((mail) => mail.subject.includes(" moved to "));
  expect(oliviaMail?.subject).toBe("Azure Phantoms vs Obsidian Owls moved to Sat, 15 Jun 2030, 20:30 BST");
  expect(await notificationTitlesOf("olivia@deltacrown.test")).toContain(
    "Your match vs Azure Phantoms starts in 30 min",
  );
});

/** Every absolute date on the page (a <time> showing a year) reads in `timeZone`, as formatDateTime writes it. */
async function expectTimesIn(page: Page, timeZone: string) {
  const times = await page
    .locator("time")
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ iso: node.getAttribute("datetime") ?? "", text: node.textContent ?? "" })),
    );
  const absolute = times.filter(({ text }) => /\b20\d\d\b/.test(text));
  expect(absolute.length).toBeGreaterThan(0);
  for (const { iso, text } of absolute) {
    const inZone = [formatDateTime(iso, timeZone), formatDateTime(iso, timeZone, { withTime: false })];
    expect(
      inZone.some((expected) => text.includes(expected)),
      `${text} (${iso}) in ${timeZone}`,
    ).toBe(true);
  }
}
