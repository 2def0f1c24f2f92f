// Auth.js (next-auth 5) for the app: the configuration of lib/auth/auth-config.ts, with Discord
// OAuth when AUTH_DISCORD_ID/SECRET are set.
import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { buildAuthConfig } from "./auth-config";

const discord =
  env.AUTH_DISCORD_ID && env.AUTH_DISCORD_SECRET
    ? { clientId: env.AUTH_DISCORD_ID, clientSecret: env.AUTH_DISCORD_SECRET }
    : null;

export const isDiscordSignInEnabled = discord !== null;

export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig({ discord }));
