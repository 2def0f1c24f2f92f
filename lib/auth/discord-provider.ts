// "Continue with Discord": Auth.js's Discord provider with this app's settings. Tests pass
// `endpoints` to face a local stand-in instead of discord.com (lib/auth/discord-sign-in.integration.test.ts).
import Discord from "next-auth/providers/discord";
import type { OAuthConfig } from "next-auth/providers";
import type { DiscordProfile } from "next-auth/providers/discord";

export const DISCORD_PROVIDER_ID = "discord";

export type TDiscordEndpoints = { authorization: string; token: string; userinfo: string };
export type TDiscordOAuthOptions = { clientId: string; clientSecret: string; endpoints?: TDiscordEndpoints };

export function discordProvider({
  clientId,
  clientSecret,
  endpoints,
}: TDiscordOAuthOptions): OAuthConfig<DiscordProfile> {
  return Discord({
    clientId,
    clientSecret,
    // An existing user with the same email is linked, but only because the signIn callback
    // (lib/auth/auth-config.ts) first refuses every profile whose email Discord has not verified
    // (lib/auth/accept-discord-profile.ts). Discord itself passes unverified emails through.
    allowDangerousEmailAccountLinking: true,
    // PKCE binds the code to this browser; state also rejects callbacks this browser never started.
    checks: ["pkce", "state"],
    ...(endpoints
      ? {
          // An object, so Auth.js merges it with the provider's own (keeping scope "identify email").
          authorization: { url: endpoints.authorization },
          token: endpoints.token,
          userinfo: endpoints.userinfo,
        }
      : {}),
  });
}
