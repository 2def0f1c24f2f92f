import { expect, test } from "@playwright/test";
import { SEED_ADMIN_EMAIL, SEED_FREE_AGENT_EMAIL } from "../prisma/seed";
import { countSessionsOf, insertCapturedEmail } from "./support/database";
import { requestSignInLink } from "./support/sign-in-link";

test("the production build refuses the development sign-in", async ({ page, request }) => {
  const sessionsBefore = await countSessionsOf(SEED_ADMIN_EMAIL);
  const response = await request.post("/api/dev/sign-in", {
    form: { email: SEED_ADMIN_EMAIL, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
  expect(await countSessionsOf(SEED_ADMIN_EMAIL)).toBe(sessionsBefore);

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByLabel("Email address")).toBeVisible();
  await expect(page.getByText("Quick sign-in (development only)")).toHaveCount(0);
  await expect(page.locator('form[action="/api/dev/sign-in"]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: "dev mailbox" })).toHaveCount(0);
});

test("the production build sends mail through its provider and has no dev mailbox, not even for a captured message", async ({
  page,
}) => {
  const mailbox = await page.goto("/dev/mailbox");
  expect(mailbox?.status()).toBe(404);

  // Production never captures (lib/env.ts requires RESEND_API_KEY): the sign-in link went to Resend.
  const { link } = await requestSignInLink(page, SEED_FREE_AGENT_EMAIL);
  await expect(page.getByRole("link", { name: "dev mailbox" })).toHaveCount(0);
  // A captured message (one left in the database from development) must not be readable either.
  const emailId = await insertCapturedEmail(SEED_FREE_AGENT_EMAIL, link);
  const message = await page.goto(`/dev/mailbox/${emailId}`);
  expect(message?.status()).toBe(404);
  expect(await page.content()).not.toContain(new URL(link).searchParams.get("token") ?? link);
});

test("the Inngest endpoint refuses unsigned requests outside dev mode", async ({ request }) => {
  // What Inngest would POST to run a step; without a valid signature it must run nothing.
  const stepRequest = {
    event: { name: "e2e/probe.sent", data: {} },
    events: [{ name: "e2e/probe.sent", data: {} }],
    steps: {},
    ctx: { run_id: "01JE2E0000000000000000000", attempt: 0, stack: { stack: [], current: 0 } },
    version: 2,
    use_api: false,
  };
  const unsigned = await request.post("/api/inngest?fnId=anything&stepId=step", { data: stepRequest });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.json()).toEqual({ message: "Unauthorized" });

  const forged = await request.post("/api/inngest?fnId=anything&stepId=step", {
    data: stepRequest,
    headers: { "X-Inngest-Signature": `t=${Math.floor(Date.now() / 1000)}&s=${"0".repeat(64)}` },
  });
  expect(forged.status()).toBe(401);
  expect(await forged.json()).toEqual({ message: "Unauthorized" });

  // Signed introspection returns authentication_succeeded: true with the app id, key hashes and
  // SDK details; unsigned, cloud mode answers 401 with nothing about the app.
  const introspection = await request.get("/api/inngest");
  expect(introspection.status()).toBe(401);
  expect(await introspection.json()).toEqual({ message: "Unauthorized" });
});
