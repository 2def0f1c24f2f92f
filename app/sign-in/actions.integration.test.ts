// Magic-link requests through both ways in — the sign-in form's server action and a direct POST to
// Auth.js's own /api/auth/signin/email — with Auth.js's real request handling, the app's config,
// the real limiter and database; mail is captured (RESEND_API_KEY is unset), so "sent" = a
// CapturedEmail row. next-auth cannot load under Vitest (see lib/auth/auth-config.ts's tests), so
// the action's signIn is stood in for by what next-auth's does (node_modules/next-auth/lib/actions.js):
// the same POST to Auth.js in raw mode, carrying the incoming request's headers.
import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SIGN_IN_REQUEST_LIMITS } from "@/lib/auth/limit-sign-in-requests";
import { db } from "@/lib/db";
import { signInWithEmailAction } from "./actions";

const APP_ORIGIN = "http://localhost:3000";
const incoming = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("@/lib/auth/index", async () => {
  const { AUTH_BASE_PATH, buildAuthConfig } = await import("@/lib/auth/auth-config");
  const config = buildAuthConfig({ discord: null });
  return {
    signIn: async (provider: string, { email, redirectTo }: { email: string; redirectTo: string }) => {
      const headers = new Headers(incoming.headers);
      headers.set("content-type", "application/x-www-form-urlencoded");
      const body = new URLSearchParams({ email, callbackUrl: redirectTo });
      const request = new Request(`${APP_ORIGIN}${AUTH_BASE_PATH}/signin/${provider}`, {
        method: "POST",
        headers,
        body,
      });
      const response = await Auth(request, { ...config, raw, skipCSRFCheck });
      return response instanceof Response ? response.headers.get("location") : response.redirect;
    },
    signOut: async () => undefined,
  };
});

const { perAddress, perIp } = SIGN_IN_REQUEST_LIMITS;
const LIMITED = /^Too many sign-in links requested\. Try again in \d+ minutes?\.$/;

beforeEach(async () => {
  await db.capturedEmail.deleteMany();
});

/** The sign-in form submitted from `ip`: the action's answer, or where it sent the browser. */
async function submitForm(email: string, ip: string) {
  incoming.headers = new Headers({ "x-forwarded-for": `${ip}, 10.0.0.1` });
  const form = new FormData();
  form.set("email", email);
  form.set("callbackUrl", "/notifications");
  try {
    return await signInWithEmailAction({}, form);
  } catch (error) {
    // next/navigation's redirect() throws; its digest carries the target.
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

function mailsTo(email: string) {
  return db.capturedEmail.count({ where: { to: email } });
}

describe("the sign-in form", () => {
  it(`sends ${perAddress.points} links to one address an hour; the next request sends none and says when to try again`, async () => {
    for (let index = 0; index < perAddress.points; index++) {
      expect(await submitForm("zoe@deltacrown.test", `203.0.113.${index}`)).toEqual({
        redirectedTo: "/sign-in/check-email",
      });
    }
    expect(await mailsTo("zoe@deltacrown.test")).toBe(perAddress.points);

    const refused = await submitForm("Zoe@DeltaCrown.test", "203.0.113.99");

    expect(refused).toEqual({ error: "Too many sign-in links requested. Try again in 60 minutes." });
    expect(await mailsTo("zoe@deltacrown.test")).toBe(perAddress.points);
    // Another address from the same IP still gets its link.
    expect(await submitForm("mina@deltacrown.test", "203.0.113.99")).toEqual({ redirectedTo: "/sign-in/check-email" });
    expect(await mailsTo("mina@deltacrown.test")).toBe(1);
  });

  it(`refuses the request after ${perIp.points} from one IP, whatever the address`, async () => {
    for (let index = 0; index < perIp.points; index++) {
      expect(await submitForm(`player${index}@example.com`, "198.51.100.20")).toEqual({
        redirectedTo: "/sign-in/check-email",
      });
    }

    expect(await submitForm(`player${perIp.points}@example.com`, "198.51.100.20")).toEqual({
      error: expect.stringMatching(LIMITED),
    });
    expect(await db.capturedEmail.count()).toBe(perIp.points);
  });
});

describe("Auth.js's own endpoint (POST /api/auth/signin/email, which bypasses the form)", () => {
  /** A client talking to Auth.js directly: CSRF token and cookie first, then the sign-in POST. */
  async function postSignIn(email: string, ip: string) {
    const { AUTH_BASE_PATH, buildAuthConfig } = await import("@/lib/auth/auth-config");
    const config = buildAuthConfig({ discord: null });
    const url = (path: string) => `${APP_ORIGIN}${AUTH_BASE_PATH}${path}`;
    const csrf = await Auth(new Request(url("/csrf"), { headers: { "x-forwarded-for": ip } }), config);
    const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const response = await Auth(
      new Request(url("/signin/email"), {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: `${APP_ORIGIN}/` }),
      }),
      config,
    );
    return { status: response.status, location: response.headers.get("location") };
  }

  it(`is limited too: after ${perAddress.points} links to one address no more mail goes out`, async () => {
    for (let index = 0; index < perAddress.points; index++) {
      expect(await postSignIn("victim@example.org", `192.0.2.${index}`)).toEqual({
        status: 302,
        location: `${APP_ORIGIN}/api/auth/verify-request?provider=email&type=email`,
      });
    }

    // Auth.js sends refusals to its error page (the sign-in page) without details. The second refusal
    // is answered from the limiter's memory, before Auth.js is ready for it (see send-sign-in-link.ts).
    for (const ip of ["192.0.2.200", "192.0.2.201"]) {
      expect(await postSignIn("VICTIM@example.org", ip)).toEqual({
        status: 302,
        location: `${APP_ORIGIN}/sign-in?error=Configuration`,
      });
    }
    expect(await mailsTo("victim@example.org")).toBe(perAddress.points);
  });

  it("takes one address only: a list or a non-address sends no mail at all", async () => {
    for (const email of [
      "victim@example.org,attacker@example.org",
      "victim@example.org attacker@example.org",
      "not-an-address",
    ]) {
      expect((await postSignIn(email, "192.0.2.150")).location).toBe(`${APP_ORIGIN}/sign-in?error=Configuration`);
    }
    expect(await db.capturedEmail.count()).toBe(0);
  });

  it("shares its counts with the form", async () => {
    for (let index = 0; index < perAddress.points; index++)
      await postSignIn("olivia@example.org", `192.0.2.${50 + index}`);

    expect(await submitForm("olivia@example.org", "192.0.2.99")).toEqual({ error: expect.stringMatching(LIMITED) });
    expect(await mailsTo("olivia@example.org")).toBe(perAddress.points);
  });
});
