// Signed unsubscribe tokens: "v1.<payload>.<signature>", payload = base64url JSON
// { userId, scope }, signature = HMAC-SHA256 over "v1.<payload>" with a key derived from
// AUTH_SECRET under a fixed label (so the token key is never the session key itself). Tokens do
// not expire: an unsubscribe link in a years-old email must still work (RFC 8058), and all it can
// ever do is turn email off. Rotating AUTH_SECRET invalidates every link.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { type TUnsubscribeScope, ZUnsubscribeScope } from "./unsubscribe-scope";

const VERSION = "v1";
const KEY_LABEL = "unsubscribe-v1";
const MAX_TOKEN_LENGTH = 1024;

export type TUnsubscribeTokenPayload = { userId: string; scope: TUnsubscribeScope };

const ZPayload = z.strictObject({ userId: z.string().min(1).max(200), scope: ZUnsubscribeScope });

function sign(message: string, secret: string): string {
  const key = createHmac("sha256", secret).update(KEY_LABEL).digest();
  return createHmac("sha256", key).update(message).digest("base64url");
}

export function createUnsubscribeToken(payload: TUnsubscribeTokenPayload, secret: string = env.AUTH_SECRET): string {
  const { userId, scope } = ZPayload.parse(payload);
  const body = `${VERSION}.${Buffer.from(JSON.stringify({ userId, scope })).toString("base64url")}`;
  return `${body}.${sign(body, secret)}`;
}

/** The payload of a token this app signed, or null for anything else (tampered, garbage, other version). */
export function verifyUnsubscribeToken(
  token: unknown,
  secret: string = env.AUTH_SECRET,
): TUnsubscribeTokenPayload | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [version, payload, signature] = parts as [string, string, string];
  if (version !== VERSION) return null;
  const expected = Buffer.from(sign(`${version}.${payload}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = ZPayload.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
