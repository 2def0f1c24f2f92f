// A local stand-in for Resend's API, at least as strict as the real one (see the README's flow
// control section): an API key is required; POST /emails sends one email, POST /emails/batch up to
// 100 (strict validation refuses the whole batch, permissive sends the valid ones and lists the
// others by index); every key may make `requestsPerSecond` requests in any one-second window (2
// by default, Resend's default) and gets 429 `rate_limit_exceeded` with `retry-after` beyond it;
// an Idempotency-Key is kept: the same request again answers the first answer and sends nothing,
// another body under the same key is 409 `invalid_idempotent_request`, and the same key while the
// first request is still running is 409 `concurrent_idempotent_requests`. It records what it
// delivered, answers GET /_stand-in/emails (for other processes, e.g. the e2e specs), and can be
// told to fail.
import { createHash } from "node:crypto";
import { startHttpStandIn, type TRecordedRequest, type TScriptedResponse } from "./http-stand-in";

export const RESEND_BATCH_LIMIT = 100;
const MAX_RECIPIENTS = 50;
const IDEMPOTENCY_KEY_MAX = 256;
const ADDRESS = /^(?:[^<>]*<)?[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>?$/;

export type TDeliveredEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  headers: Record<string, string>;
  idempotencyKey: string | null;
};
type TEmailInput = {
  from?: unknown;
  to?: unknown;
  subject?: unknown;
  html?: unknown;
  text?: unknown;
  headers?: unknown;
};
type TStoredAnswer = { fingerprint: string; answer: TScriptedResponse | null };

export type TResendStandIn = Awaited<ReturnType<typeof startResendStandIn>>;

export async function startResendStandIn({ port = 0, requestsPerSecond = 2, latencyMs = 0 } = {}) {
  const delivered: TDeliveredEmail[] = [];
  const idempotency = new Map<string, TStoredAnswer>();
  const recentByKey = new Map<string, number[]>();
  const faults: TScriptedResponse[] = [];
  const settings = { requestsPerSecond, latencyMs };
  let nextId = 1;

  const error = (
    status: number,
    name: string,
    message: string,
    headers: Record<string, string> = {},
  ): TScriptedResponse => ({
    status,
    body: { statusCode: status, name, message },
    headers,
  });

  function rateLimit(apiKey: string, now: number): TScriptedResponse | null {
    const recent = (recentByKey.get(apiKey) ?? []).filter((at) => now - at < 1000);
    recent.push(now);
    recentByKey.set(apiKey, recent);
    if (recent.length <= settings.requestsPerSecond) return null;
    // Refused requests count too, so the window is clear again one second from now.
    return error(
      429,
      "rate_limit_exceeded",
      `Too many requests. You can only make ${settings.requestsPerSecond} requests per second.`,
      {
        "retry-after": "1",
        "ratelimit-limit": String(settings.requestsPerSecond),
        "ratelimit-remaining": "0",
        "ratelimit-reset": "1",
      },
    );
  }

  function validate(email: TEmailInput): string | null {
    if (typeof email.from !== "string" || !ADDRESS.test(email.from))
      return "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.";
    const to = typeof email.to === "string" ? [email.to] : email.to;
    if (!Array.isArray(to) || to.length === 0) return "Missing `to` field.";
    if (to.length > MAX_RECIPIENTS) return `Too many recipients: at most ${MAX_RECIPIENTS}.`;
    if (!to.every((address) => typeof address === "string" && ADDRESS.test(address))) return "Invalid `to` field.";
    if (typeof email.subject !== "string" || email.subject.length === 0) return "Missing `subject` field.";
    if (typeof email.html !== "string" && typeof email.text !== "string") return "Missing `html` or `text` field.";
    return null;
  }

  function deliver(email: TEmailInput, idempotencyKey: string | null): { id: string } {
    const id = `re_msg_${nextId++}`;
    const to = typeof email.to === "string" ? [email.to] : (email.to as string[]);
    delivered.push({
      id,
      from: String(email.from),
      to,
      subject: String(email.subject),
      html: email.html as string | undefined,
      text: email.text as string | undefined,
      headers: (email.headers ?? {}) as Record<string, string>,
      idempotencyKey,
    });
    return { id };
  }

  function handleSend(request: TRecordedRequest, idempotencyKey: string | null): TScriptedResponse {
    if (request.path === "/emails") {
      const problem = validate((request.json ?? {}) as TEmailInput);
      return problem
        ? error(422, "validation_error", problem)
        : { status: 200, body: deliver(request.json as TEmailInput, idempotencyKey) };
    }
    const emails = request.json;
    if (!Array.isArray(emails) || emails.length === 0)
      return error(422, "validation_error", "The batch must be a non-empty array of emails.");
    if (emails.length > RESEND_BATCH_LIMIT)
      return error(422, "validation_error", `Too many emails in the batch: at most ${RESEND_BATCH_LIMIT}.`);
    const problems = emails
      .map((email: TEmailInput, index) => ({ index, message: validate(email) }))
      .filter((entry) => entry.message !== null);
    const isPermissive = request.headers["x-batch-validation"] === "permissive";
    if (problems.length && !isPermissive)
      return error(422, "validation_error", `emails[${problems[0]?.index}]: ${problems[0]?.message}`);
    const failed = new Set(problems.map((entry) => entry.index));
    const data = emails.flatMap((email: TEmailInput, index) =>
      failed.has(index) ? [] : [deliver(email, idempotencyKey)],
    );
    return { status: 200, body: isPermissive ? { data, errors: problems } : { data } };
  }

  const standIn = await startHttpStandIn(port);
  standIn.setDefault((request) => {
    if (request.method === "GET" && request.path.startsWith("/_stand-in/emails")) {
      const to = new URL(request.path, "http://stand-in").searchParams.get("to");
      return { status: 200, body: delivered.filter((email) => !to || email.to.includes(to)) };
    }
    const apiKey = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ""))?.[1];
    if (!apiKey) return error(401, "missing_api_key", "Missing API key in the authorization header.");
    if (!apiKey.startsWith("re_")) return error(403, "invalid_api_key", "API key is invalid.");
    const limited = rateLimit(apiKey, Date.now());
    if (limited) return limited;
    const fault = faults.shift();
    if (fault) return fault;
    if (request.method !== "POST" || (request.path !== "/emails" && request.path !== "/emails/batch"))
      return error(404, "not_found", "Not found.");

    const idempotencyKey =
      typeof request.headers["idempotency-key"] === "string" ? request.headers["idempotency-key"] : null;
    if (idempotencyKey === null) return { ...handleSend(request, null), delayMs: settings.latencyMs };
    if (idempotencyKey.length === 0 || idempotencyKey.length > IDEMPOTENCY_KEY_MAX)
      return error(400, "invalid_idempotency_key", `The key must be between 1-${IDEMPOTENCY_KEY_MAX} characters.`);
    const fingerprint = createHash("sha256").update(`${request.path}\n${request.body}`).digest("hex");
    const stored = idempotency.get(`${apiKey}:${idempotencyKey}`);
    if (stored && stored.fingerprint !== fingerprint)
      return error(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
    if (stored && stored.answer === null)
      return error(
        409,
        "concurrent_idempotent_requests",
        "Same idempotency key used while original request is still in progress.",
      );
    if (stored?.answer) return stored.answer;
    const entry: TStoredAnswer = { fingerprint, answer: null };
    idempotency.set(`${apiKey}:${idempotencyKey}`, entry);
    const answer = handleSend(request, idempotencyKey);
    // The key is "in progress" until the answer is sent; a failed request frees the key, as Resend does.
    setTimeout(
      () => (answer.status === 200 ? (entry.answer = answer) : idempotency.delete(`${apiKey}:${idempotencyKey}`)),
      settings.latencyMs,
    );
    return { ...answer, delayMs: settings.latencyMs };
  });

  return {
    url: standIn.url,
    /** Every request received (answered or refused), oldest first. */
    requests: standIn.requests,
    /** Every email actually delivered (once per idempotent request), oldest first. */
    delivered,
    /** Answers the next accepted requests with these (after the key and rate checks), in order. */
    failNext: (...responses: TScriptedResponse[]) => faults.push(...responses),
    /** Changes the rate limit (requests per second per key) or the latency of every answer. */
    configure: (options: Partial<typeof settings>) => Object.assign(settings, options),
    /** Requests refused with 429. */
    rateLimited: () => standIn.requests.filter((request) => request.status === 429).length,
    reset: () => {
      standIn.requests.length = 0;
      delivered.length = 0;
      idempotency.clear();
      recentByKey.clear();
      faults.length = 0;
    },
    close: standIn.close,
  };
}
