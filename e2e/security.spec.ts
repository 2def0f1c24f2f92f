// What a browser enforces for the production build: no page can be framed by another site (the
// admin dashboard's payout buttons, the one-click unsubscribe), no MIME sniffing, no full URLs in
// the Referer — and a sign-in's callbackUrl never takes the browser off the app, nor crashes it.
import { expect, test } from "@playwright/test";
import { E2E_APP_URL } from "./support/config";
import { signInAs } from "./support/session";

const EXPECTED_HEADERS = {
  "content-security-policy": "frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("every page and API answer carries the anti-framing, no-sniff and referrer headers", async ({ request }) => {
  for (const path of [
    "/",
    "/sign-in",
    "/admin",
    "/unsubscribe?token=not-a-token",
    "/notifications",
    "/api/notifications/summary",
    "/leaderboard",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers(), path).toMatchObject(EXPECTED_HEADERS);
  }
});

test("another site cannot frame the admin dashboard or the unsubscribe page", async ({ page }) => {
  // A page of another origin (about:blank here) embedding the app.
  await page.setContent(
    `<iframe id="admin" src="${E2E_APP_URL}/admin"></iframe><iframe id="unsubscribe" src="${E2E_APP_URL}/unsubscribe?token=x"></iframe>`,
  );
  for (const id of ["admin", "unsubscribe"]) {
    const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
    // Chromium blocks the response and shows its own error page in the frame instead.
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    expect(await frame?.content()).not.toContain("DeltaCrown");
  }
});

test("a callbackUrl that tries to leave the app (tab, newline, backslash, encoded, scheme-only, userinfo) ends on the app, never in a 500", async ({
  page,
}) => {
  await signInAs(page, "mateo@deltacrown.test");
  const hostile = [
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0d/evil.example",
    "/%0d%0a/evil.example",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "//evil.example",
    "/\\evil.example",
    "https:evil.example",
    "https://evil.example",
    "https://app@evil.example",
    "javascript:alert(1)",
  ];
  for (const value of hostile) {
    const response = await page.goto(`/sign-in?callbackUrl=${value}`);
    expect(response?.status() ?? 0, value).toBeLessThan(500);
    expect(new URL(page.url()).origin, value).toBe(E2E_APP_URL);
  }
});
