// Auth.js (next-auth 5): database sessions through the Prisma adapter; email magic link always,
// Discord OAuth when AUTH_DISCORD_ID/SECRET are set. The session carries the user's id and role.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import Discord from "next-auth/providers/discord";
import type { EmailConfig } from "next-auth/providers/email";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { sendSignInLink, SIGN_IN_LINK_MAX_AGE_SECONDS } from "./send-sign-in-link";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  sendVerificationRequest: sendSignInLink,
};

export const isDiscordSignInEnabled = Boolean(env.AUTH_DISCORD_ID && env.AUTH_DISCORD_SECRET);

const providers: Provider[] = [emailProvider];
if (isDiscordSignInEnabled) {
  providers.push(
    Discord({
      clientId: env.AUTH_DISCORD_ID,
      clientSecret: env.AUTH_DISCORD_SECRET,
      // Discord only returns verified addresses, so an existing email account may be linked.
      allowDangerousEmailAccountLinking: true,
    }),
  );
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  providers,
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: SESSION_COOKIE },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      session.user.role = user.role ?? "PLAYER";
      return session;
    },
  },
  events: {
    // Discord mentions need the user's Discord id: remember it whenever a Discord account is linked.
    async linkAccount({ user, account }) {
      if (account.provider === "discord" && user.id) {
        await db.user.update({ where: { id: user.id }, data: { discordUserId: account.providerAccountId } });
      }
    },
  },
});
