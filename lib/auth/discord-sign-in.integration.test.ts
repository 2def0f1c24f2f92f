// "Continue with Discord" end to end: Auth.js's real request handling with the app's configuration and
// the real database, Discord faced by a local stand-in (token endpoint + /users/@me). The browser's
// part — cookies, the redirect to Discord and back — is played by `signInWithDiscord`.
// `Auth` from @auth/core is what next-auth's route handlers call; next-auth itself cannot load under
// Vitest (its `import "next/server"` has no extension, which Node's ESM resolver refuses).
import { Auth } from "@auth/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DISCORD_SIGN_IN_ERROR } from "@/lib/auth/accept-discord-profile";
import { AUTH_BASE_PATH, buildAuthConfig, SIGN_IN_PATH } from "@/lib/auth/auth-config";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { signInErrorMessage } from "@/lib/auth/sign-in-error-message";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { startHttpStandIn, type THttpStandIn } from "@/test-support/http-stand-in";

const APP_ORIGIN = "http://localhost:3000";
const CODE = "discord-authorization-code";
const ACCESS_TOKEN = "discord-access-token";
const DISCORD_ID = "80351110224678912";

let discord: THttpStandIn;
let authConfig: ReturnType<typeof buildAuthConfig>;
let discordProfile: Record<string, unknown> = {};

beforeAll(async () => {
  discord = await startHttpStandIn();
  authConfig = buildAuthConfig({
    discord: {
      clientId: "test-client-id",
      clientSecret: "test-client-secret",
      endpoints: {
        authorization: `${discord.url}/oauth2/authorize`,
        token: `${discord.url}/oauth2/token`,
        userinfo: `${discord.url}/users/@me`,
      },
    },
  });
});
afterAll(() => discord.close());

beforeEach(async () => {
  discord.reset();
  // Discord's two server-side answers: the code for a token, the token for the user.
  discord.setDefault((request) => {
    if (request.method === "POST" && request.path === "/oauth2/token") {
      return {
        body: {
          access_token: ACCESS_TOKEN,
          token_type: "Bearer",
          expires_in: 604800,
          refresh_token: "discord-refresh-token",
          scope: "identify email",
        },
      };
    }
    if (request.method === "GET" && request.path === "/users/@me") return { body: discordProfile };
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  });
  await db.user.deleteMany();
});

/** Discord's user object (GET /users/@me with the `email` scope). */
function aDiscordProfile(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: DISCORD_ID,
    username: "mallory",
    global_name: "Mallory",
    discriminator: "0",
    avatar: null,
    email: null,
    verified: false,
    ...overrides,
  };
}

async function aUser(email: string, role: Role) {
  return db.user.create({
    data: { email, role, name: role === "ADMIN" ? "Admin" : "Zoe", emailVerified: new Date() },
    select: { id: true },
  });
}

/** Signs in with Discord as a browser would; returns Auth.js's last answer and the cookies it set. */
async function signInWithDiscord(profile: Record<string, unknown>) {
  discordProfile = profile;
  const jar = new Map<string, string>();
  const send = async (method: "GET" | "POST", path: string, form?: URLSearchParams) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const headers = new Headers({ cookie, ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) });
    const response = await Auth(
      new Request(`${APP_ORIGIN}${AUTH_BASE_PATH}${path}`, { method, headers, body: form?.toString() }),
      authConfig,
    );
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return response;
  };

  const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await (await send("GET", "/csrf")).json());
  const started = await send(
    "POST",
    "/signin/discord",
    new URLSearchParams({ csrfToken, callbackUrl: `${APP_ORIGIN}/notifications` }),
  );
  expect(started.status).toBe(302);
  const authorize = new URL(started.headers.get("location") ?? "");
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${discord.url}/oauth2/authorize`);
  expect(authorize.searchParams.get("scope")).toBe("identify email");
  // Discord asks the user, then sends the browser back with a code and the state it was given.
  const callback = new URLSearchParams({ code: CODE });
  const state = authorize.searchParams.get("state");
  if (state) callback.set("state", state);
  const response = await send("GET", `/callback/discord?${callback}`);
  return { response, location: response.headers.get("location"), cookies: jar };
}

async function discordRowsOf(userId: string) {
  const [accounts, sessions, user] = await Promise.all([
    db.account.findMany({ where: { provider: "discord" }, select: { userId: true, providerAccountId: true } }),
    db.session.count({ where: { userId } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { discordUserId: true } }),
  ]);
  return { accounts, sessions, discordUserId: user.discordUserId };
}

describe("Discord sign-in", () => {
  it("refuses a Discord account whose unverified email is an admin's: nothing linked, no session, the page says why", async () => {
    const admin = await aUser("admin@deltacrown.test", "ADMIN");

    const { response, location, cookies } = await signInWithDiscord(
      aDiscordProfile({ email: "admin@deltacrown.test", verified: false }),
    );

    expect(response.status).toBe(302);
    expect(location).toBe(`${APP_ORIGIN}${SIGN_IN_PATH}?error=${DISCORD_SIGN_IN_ERROR.emailUnverified}`);
    expect(signInErrorMessage(new URL(location ?? "", APP_ORIGIN).searchParams.get("error") ?? undefined)).toMatch(
      /email address is not verified/,
    );
    expect(await discordRowsOf(admin.id)).toEqual({ accounts: [], sessions: 0, discordUserId: null });
    expect(cookies.has(SESSION_COOKIE.name)).toBe(false);
    expect(await db.user.count()).toBe(1);
    // The flow really reached Discord: the code was exchanged (with the PKCE verifier) and the user fetched.
    const [tokenRequest, userRequest] = discord.requests;
    expect(new URLSearchParams(tokenRequest?.body).get("code")).toBe(CODE);
    expect(new URLSearchParams(tokenRequest?.body).get("code_verifier")).toBeTruthy();
    expect(userRequest?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  it("links a Discord account with a verified email to the user who has it and signs them in", async () => {
    const zoe = await aUser("zoe@deltacrown.test", "PLAYER");

    const { location, cookies } = await signInWithDiscord(
      aDiscordProfile({ email: "Zoe@deltacrown.test", verified: true }),
    );

    expect(location).toBe(`${APP_ORIGIN}/notifications`);
    expect(await discordRowsOf(zoe.id)).toEqual({
      accounts: [{ userId: zoe.id, providerAccountId: DISCORD_ID }],
      sessions: 1,
      discordUserId: DISCORD_ID,
    });
    const session = await db.session.findFirstOrThrow({ where: { userId: zoe.id }, select: { sessionToken: true } });
    expect(cookies.get(SESSION_COOKIE.name)).toBe(session.sessionToken);
    expect(await db.user.count()).toBe(1);
  });

  it("refuses a Discord account without an email: no user created, nothing linked, the page says why", async () => {
    const { location, cookies } = await signInWithDiscord(aDiscordProfile({ email: null, verified: false }));

    expect(location).toBe(`${APP_ORIGIN}${SIGN_IN_PATH}?error=${DISCORD_SIGN_IN_ERROR.emailMissing}`);
    expect(signInErrorMessage(DISCORD_SIGN_IN_ERROR.emailMissing)).toMatch(/has no email address/);
    expect(await db.user.count()).toBe(0);
    expect(await db.account.count()).toBe(0);
    expect(await db.session.count()).toBe(0);
    expect(cookies.has(SESSION_COOKIE.name)).toBe(false);
  });

  it("refuses an already linked Discord account once its email is unverified, so a link made through the old hole stops working", async () => {
    const admin = await aUser("admin@deltacrown.test", "ADMIN");
    await db.account.create({
      data: { userId: admin.id, type: "oauth", provider: "discord", providerAccountId: DISCORD_ID },
    });

    const { location } = await signInWithDiscord(aDiscordProfile({ email: "admin@deltacrown.test", verified: false }));

    expect(location).toBe(`${APP_ORIGIN}${SIGN_IN_PATH}?error=${DISCORD_SIGN_IN_ERROR.emailUnverified}`);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(0);
  });
});
