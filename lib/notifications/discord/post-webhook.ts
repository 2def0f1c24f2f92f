// Posts one message to a Discord webhook, once — no retries and no sleeping here: the caller records
// the outcome and lets Inngest retry (inngest/functions/post-to-discord.ts). `?wait=true` makes
// Discord answer with the message, whose id is kept. Every outcome says whether the message can have
// been posted: "unavailable" (5xx, connection refused) and "rate-limited" (429) were definitely not,
// "unknown" (no answer in time, connection cut) may have been. The webhook URL holds a secret token,
// so no message here ever contains it — only the webhook's id.
import type { TDiscordWebhookPayload } from "./build-webhook-payload";

/** Discord's X-RateLimit-* headers: how many requests the webhook's bucket has left, and when it refills. */
export type TDiscordRateLimit = { remaining: number | null; resetAfterMs: number | null };

export type TPostWebhookOutcome =
  | { kind: "sent"; messageId: string | null; rateLimit: TDiscordRateLimit }
  | { kind: "rate-limited"; retryAfterMs: number; rateLimit: TDiscordRateLimit; detail: string }
  | { kind: "gone"; httpStatus: 404 | 401; detail: string }
  | { kind: "rejected"; httpStatus: number; detail: string }
  | { kind: "unavailable"; detail: string }
  | { kind: "unknown"; detail: string };

/** How long a post may take before we stop waiting (the specification's 5 s). */
export const DISCORD_POST_TIMEOUT_MS = 5000;

/** Errors raised before a single byte reached Discord: the message was certainly not posted. */
const NOT_CONNECTED_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

export async function postDiscordWebhook(
  webhookUrl: string,
  payload: TDiscordWebhookPayload,
  timeoutMs = DISCORD_POST_TIMEOUT_MS,
): Promise<TPostWebhookOutcome> {
  const target = parseWebhookUrl(webhookUrl);
  if (!target) return { kind: "rejected", httpStatus: 0, detail: "the Discord webhook URL is not a valid http(s) URL" };
  const { url, label, redact } = target;

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    // Deliberately no `cause`: fetch errors can carry the request URL, and with it the token.
    const code = errorCode(error);
    if (code && NOT_CONNECTED_CODES.has(code))
      return { kind: "unavailable", detail: `${label}: network error (${code})` };
    const isTimeout = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return {
      kind: "unknown",
      detail: `${label}: ${isTimeout ? `no answer within ${timeoutMs} ms` : `network error${code ? ` (${code})` : ""}`}`,
    };
  }

  const json = parseJson(text);
  const rateLimit = readRateLimit(response.headers);
  if (response.ok) return { kind: "sent", messageId: typeof json?.id === "string" ? json.id : null, rateLimit };
  const detail = redact(describeDiscordError(json, text));
  if (response.status === 429)
    return {
      kind: "rate-limited",
      retryAfterMs: getRetryAfterMs(json, response.headers),
      rateLimit,
      detail: `${label} is rate limited (429)`,
    };
  if (response.status === 404 || response.status === 401)
    return { kind: "gone", httpStatus: response.status, detail: `${label} answered ${response.status}${detail}` };
  if (response.status >= 500) return { kind: "unavailable", detail: `${label} answered ${response.status}${detail}` };
  return {
    kind: "rejected",
    httpStatus: response.status,
    detail: `${label} rejected the post (${response.status})${detail}`,
  };
}

/** The URL to post to (with wait=true, keeping e.g. thread_id), a token-free label, and a redactor. */
function parseWebhookUrl(webhookUrl: string): { url: string; label: string; redact: (text: string) => string } | null {
  let parsed: URL;
  try {
    parsed = new URL(webhookUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  parsed.searchParams.set("wait", "true");
  const [, id, token] = /\/webhooks\/(\d+)(?:\/([^/?#]+))?/.exec(parsed.pathname) ?? [];
  // Belt and braces: should an answer ever echo the token or URL, it is cut out of the message.
  const secrets = [webhookUrl, parsed.toString(), token].filter((value): value is string =>
    Boolean(value && value.length >= 8),
  );
  const redact = (text: string) => secrets.reduce((result, secret) => result.split(secret).join("[redacted]"), text);
  return { url: parsed.toString(), label: id ? `Discord webhook ${id}` : "Discord webhook", redact };
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

/** Seconds (fractional) in a header or JSON field → ms; null when absent or not a number. */
function toMs(value: unknown): number | null {
  const seconds =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : null;
}

function readRateLimit(headers: Headers): TDiscordRateLimit {
  const remaining = Number(headers.get("x-ratelimit-remaining") ?? Number.NaN);
  return {
    remaining: Number.isInteger(remaining) && remaining >= 0 ? remaining : null,
    resetAfterMs: toMs(headers.get("x-ratelimit-reset-after")),
  };
}

/** Discord's JSON `retry_after` (seconds, fractional), else the Retry-After header, else 1 s. */
function getRetryAfterMs(json: Record<string, unknown> | null, headers: Headers): number {
  return toMs(json?.retry_after) ?? toMs(headers.get("retry-after")) ?? 1000;
}

/** Discord's error message and code, plus which fields were invalid — bounded, never the request. */
function describeDiscordError(json: Record<string, unknown> | null, text: string): string {
  if (!json) return text ? `: ${text.slice(0, 200)}` : "";
  const message = typeof json.message === "string" ? json.message : "unknown error";
  const code = typeof json.code === "number" ? ` (code ${json.code})` : "";
  const errors = json.errors ? ` ${JSON.stringify(json.errors).slice(0, 500)}` : "";
  return `: ${message}${code}${errors}`;
}
