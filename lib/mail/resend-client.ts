// The app's Resend client and what its answers mean. Created lazily: `new Resend()` throws without a
// key, which would break `next build`. The SDK answers `{ data, error, headers }` instead of
// throwing; `toMailError` turns an error answer into the domain's AppError:
// - 429 rate_limit_exceeded, and 409 concurrent_idempotent_requests (the same key still running):
//   retryable after the provider's `retry-after` (1 s when it gives none);
// - 5xx, network errors, and a refused API key (fixed by configuration, not by the caller): retryable;
// - 409 invalid_idempotent_request (the key's first call succeeded, with other content): CONFLICT;
// - other 4xx (validation): final.
import { Resend } from "resend";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

let client: Resend | undefined;

export function getResend(): Resend {
  if (!env.RESEND_API_KEY) throw new Error("RESEND_API_KEY is not set");
  client ??= new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
  return client;
}

type TResendError = { name?: string; message?: string; statusCode?: number | null } | null;

export function toMailError(what: string, error: TResendError, headers: Record<string, string> | null): AppError {
  const status = error?.statusCode ?? null;
  const message = `${what} failed: ${error?.message ?? "no response"}${error?.name ? ` (${error.name})` : ""}`;
  const isWait = status === 429 || error?.name === "concurrent_idempotent_requests";
  if (isWait) return new AppError("UPSTREAM_UNAVAILABLE", message, { retryAfterMs: retryAfterMs(headers) });
  // The key was used before with other content: only a call that succeeded keeps its key.
  if (error?.name === "invalid_idempotent_request") return new AppError("CONFLICT", message);
  const isFinal = status !== null && status >= 400 && status < 500 && status !== 401 && status !== 403;
  return new AppError(isFinal ? "INVALID_INPUT" : "UPSTREAM_UNAVAILABLE", message);
}

function retryAfterMs(headers: Record<string, string> | null): number {
  const seconds = Number(headers?.["retry-after"] ?? headers?.["ratelimit-reset"]);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds * 1000) : 1000;
}
