import { expect, test } from "@playwright/test";
import { SEED_PLAYERS } from "../prisma/seed";
import { E2E_APP_URL } from "./support/config";
import { requestSignInLink } from "./support/sign-in-link";

function seededPlayer(name: string) {
  const player = SEED_PLAYERS.find((p) => p.name === name);
  if (!player) throw new Error(`No seeded player named ${name} (see prisma/seed.ts)`);
  return player;
}

test("a seeded player signs in with the magic link Resend delivered and sees their name", async ({ page }) => {
  const alex = seededPlayer("Alex Carter");

  const { link } = await requestSignInLink(page, alex.email);
  expect(link.startsWith(`${E2E_APP_URL}/api/auth/callback/email?`)).toBe(true);

  await page.goto(link);
  await expect(page).toHaveURL(`${E2E_APP_URL}/`);
  await expect(page.getByTestId("welcome-name")).toHaveText(alex.name);
  await expect(page.getByTestId("header-user")).toHaveText(alex.name);
});

test("a magic link with a tampered token does not sign in and says why on the sign-in page", async ({ page }) => {
  const jamie = seededPlayer("Jamie Okafor");

  const { link } = await requestSignInLink(page, jamie.email);
  const tampered = new URL(link);
  const token = tampered.searchParams.get("token") ?? "";
  expect(token).not.toBe("");
  tampered.searchParams.set("token", `${token.slice(0, -4)}${token.endsWith("0000") ? "ffff" : "0000"}`);

  await page.goto(tampered.toString());
  await expect(page).toHaveURL(/\/sign-in\?(.+&)?error=Verification/);
  await expect(page.getByRole("alert").filter({ hasText: "sign-in link" })).toHaveText(
    "That sign-in link has expired or was already used. Ask for a new one below.",
  );
  await expect(page.getByTestId("header-user")).toHaveCount(0);

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in to get started" })).toBeVisible();
  await expect(page.getByTestId("welcome-name")).toHaveCount(0);
});

test("after asking for a link the address bar shows the check-your-email page", async ({ page }) => {
  await requestSignInLink(page, seededPlayer("Priya Shah").email);
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
});
