// The Auth.js configuration, built in one place so the app (lib/auth/index.ts) and the sign-in tests
// run the same rules: database sessions through the Prisma adapter, email magic link always, Discord
// OAuth when given. The session carries the user's id and role.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { DefaultSession, NextAuthConfig } from "next-auth";
import { z } from "zod";
import type { EmailConfig } from "next-auth/providers/email";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { acceptDiscordProfile } from "./accept-discord-profile";
import { DISCORD_PROVIDER_ID, discordProvider, type TDiscordOAuthOptions } from "./discord-provider";
import { sendSignInLink, SIGN_IN_LINK_MAX_AGE_SECONDS } from "./send-sign-in-link";
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

/** The sign-in page; Auth.js sends its errors there as `?error=<code>`. */
export const SIGN_IN_PATH = "/sign-in";
/** Where Auth.js's routes live (app/api/auth/[...nextauth]/route.ts); next-auth would assume it too. */
export const AUTH_BASE_PATH = "/api/auth";

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
  // One address, nothing else: a direct POST to /api/auth/signin/email could otherwise send
  // "victim@x.gg,other@y.gg" to the mail layer (and dodge the per-address rate limit).
  normalizeIdentifier: (identifier) => {
    const email = identifier.trim().toLowerCase();
    if (!z.email().safeParse(email).success) throw new Error("Enter one valid email address.");
    return email;
  },
  sendVerificationRequest: sendSignInLink,
};

/** `discord`: the OAuth client (and, in tests, its endpoints); null leaves Discord sign-in off. */
export function buildAuthConfig({ discord }: { discord: TDiscordOAuthOptions | null }): NextAuthConfig {
  const providers: Provider[] = [emailProvider];
  if (discord) providers.push(discordProvider(discord));

  return {
    adapter: PrismaAdapter(db),
    providers,
    basePath: AUTH_BASE_PATH,
    secret: env.AUTH_SECRET,
    trustHost: env.AUTH_TRUST_HOST,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: { sessionToken: SESSION_COOKIE },
    pages: { signIn: SIGN_IN_PATH, verifyRequest: `${SIGN_IN_PATH}/check-email`, error: SIGN_IN_PATH },
    callbacks: {
      // Runs after Discord answered and before Auth.js links, creates or signs in anyone.
      signIn({ account, profile }) {
        if (account?.provider !== DISCORD_PROVIDER_ID) return true;
        const decision = acceptDiscordProfile(profile);
        return decision.isAccepted ? true : `${SIGN_IN_PATH}?error=${decision.error}`;
      },
      session({ session, user }) {
        session.user.id = user.id;
        session.user.role = user.role ?? "PLAYER";
        return session;
      },
    },
    events: {
      // Discord mentions need the user's Discord id: remember it whenever a Discord account is linked.
      async linkAccount({ user, account }) {
        if (account.provider === DISCORD_PROVIDER_ID && user.id) {
          await db.user.update({ where: { id: user.id }, data: { discordUserId: account.providerAccountId } });
        }
      },
    },
  };
}
