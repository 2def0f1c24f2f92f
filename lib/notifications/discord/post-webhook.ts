// Posts one message to a Discord webhook. `?wait=true` makes Discord answer with the message, whose
// id is kept. 429 waits `retry_after` and tries again (a few times, within a wait budget); 404/401
// mean the webhook is gone (the caller marks it broken); other 4xx are bad input (not retryable);
// 5xx, timeouts, network errors and lasting rate limits are retryable. The webhook URL holds a
// secret token, so no message here ever contains it — only the webhook's id.
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/errors";
import type { TDiscordWebhookPayload } from "./build-webhook-payload";

export type TPostDiscordWebhookOptions = {
  /** Per request; default 5000. */
  timeoutMs?: number;
  /** How many 429s are waited out before giving up (retryable); default 3. */
  maxRateLimitWaits?: number;
  /** Total time spent waiting on rate limits; a longer wait is left to the job's retry. Default 10000. */
  maxWaitMs?: number;
};

export type TPostDiscordWebhookResult = { status: "sent"; messageId: string | null } | { status: "gone"; httpStatus: 404 | 401 };

export async function postDiscordWebhook(webhookUrl: string, payload: TDiscordWebhookPayload, options: TPostDiscordWebhookOptions = {}): Promise<TPostDiscordWebhookResult> {
  const { timeoutMs = 5000, maxRateLimitWaits = 3, maxWaitMs = 10_000 } = options;
  const { url, label, redact } = parseWebhookUrl(webhookUrl);
  const body = JSON.stringify(payload);
  let waitedMs = 0;

  for (let rateLimitWaits = 0; ; rateLimitWaits++) {
    let response: Response;
    let text: string;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal });
      text = await response.text();
    } catch (error) {
      // Deliberately no `cause`: fetch errors can carry the request URL, and with it the token.
      throw new AppError("UPSTREAM_UNAVAILABLE", `${label}: ${describeFetchError(error, timeoutMs)}`);
    }
    const json = parseJson(text);

    if (response.ok) return { status: "sent", messageId: typeof json?.id === "string" ? json.id : null };
    if (response.status === 404 || response.status === 401) return { status: "gone", httpStatus: response.status };
    if (response.status === 429) {
      const waitMs = getRetryAfterMs(json, response.headers);
      if (rateLimitWaits >= maxRateLimitWaits || waitedMs + waitMs > maxWaitMs) {
        throw new AppError("UPSTREAM_UNAVAILABLE", `${label}: still rate limited (429) after ${rateLimitWaits} wait(s); retry after ${Math.ceil(waitMs)} ms`);
      }
      await sleep(waitMs);
      waitedMs += waitMs;
      continue;
    }
    const detail = redact(describeDiscordError(json, text));
    if (response.status >= 500) throw new AppError("UPSTREAM_UNAVAILABLE", `${label} answered ${response.status}${detail}`);
    throw new AppError("INVALID_INPUT", `${label} rejected the post (${response.status})${detail}`);
  }
}

/** The URL to post to (with wait=true, keeping e.g. thread_id), a token-free label, and a redactor. */
function parseWebhookUrl(webhookUrl: string): { url: string; label: string; redact: (text: string) => string } {
  let parsed: URL;
  try {
    parsed = new URL(webhookUrl);
  } catch {
    throw new AppError("INVALID_INPUT", "The Discord webhook URL is not a valid URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new AppError("INVALID_INPUT", "The Discord webhook URL must be http(s)");
  parsed.searchParams.set("wait", "true");
  const [, id, token] = /\/webhooks\/(\d+)(?:\/([^/?#]+))?/.exec(parsed.pathname) ?? [];
  // Belt and braces: should an answer ever echo the token or URL, it is cut out of the message.
  const secrets = [webhookUrl, parsed.toString(), token].filter((value): value is string => Boolean(value && value.length >= 8));
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

/** Discord's JSON `retry_after` (seconds, fractional), else the Retry-After header, else 1 s. */
function getRetryAfterMs(json: Record<string, unknown> | null, headers: Headers): number {
  const fromBody = typeof json?.retry_after === "number" ? json.retry_after : Number.NaN;
  const fromHeader = Number(headers.get("retry-after") ?? Number.NaN);
  const seconds = [fromBody, fromHeader].find((value) => Number.isFinite(value) && value >= 0) ?? 1;
  return Math.round(seconds * 1000);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? ` (${cause.code})` : "";
  return `network error${code}`;
}

/** Discord's error message and code, plus which fields were invalid — bounded, never the request. */
function describeDiscordError(json: Record<string, unknown> | null, text: string): string {
  if (!json) return text ? `: ${text.slice(0, 200)}` : "";
  const message = typeof json.message === "string" ? json.message : "unknown error";
  const code = typeof json.code === "number" ? ` (code ${json.code})` : "";
  const errors = json.errors ? ` ${JSON.stringify(json.errors).slice(0, 500)}` : "";
  return `: ${message}${code}${errors}`;
}
