// Auth.js's session cookie, named here once so the development quick sign-in sets the same one.
import { env } from "@/lib/env";

const isSecure = env.APP_URL.startsWith("https://");

export const SESSION_COOKIE = {
  name: isSecure ? "__Secure-authjs.session-token" : "authjs.session-token",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isSecure },
};

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
