// The one error type of the domain. Route handlers map `code` to an HTTP status; server actions
// show `message` (always safe to show); Inngest functions treat non-retryable codes as final.
export const APP_ERROR_CODES = {
  /** Input failed validation; retrying cannot fix it. */
  INVALID_INPUT: 400,
  /** Not signed in. */
  UNAUTHENTICATED: 401,
  /** Signed in but not allowed (e.g. not an admin, not the captain). */
  FORBIDDEN: 403,
  /** The thing does not exist (or the caller may not know it exists). */
  NOT_FOUND: 404,
  /** The state does not allow it now (e.g. payouts for a tournament that is not completed). */
  CONFLICT: 409,
  /** Too many attempts in a time window (e.g. sign-in links); the message says when to try again. */
  RATE_LIMITED: 429,
  /** An outside service (mail, Discord, Inngest) failed in a way a retry may fix. */
  UPSTREAM_UNAVAILABLE: 503,
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  readonly code: TAppErrorCode;
  /** For retryable errors: how long the outside service asked us to wait (429 retry-after). */
  readonly retryAfterMs: number | undefined;

  constructor(code: TAppErrorCode, message: string, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.retryAfterMs = options?.retryAfterMs;
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }

  /** Whether a retry can succeed (outside-service failures) — bad input or state never can. */
  get isRetryable(): boolean {
    return this.code === "UPSTREAM_UNAVAILABLE";
  }
}
