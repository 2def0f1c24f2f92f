// A local Discord for webhook posts, at least as strict as the real one (ENVIRONMENT.md, "The real
// services' contracts"): per webhook 5 requests per 2 s and 30 messages per minute (429 with JSON
// `{ message, retry_after, global: false }`), X-RateLimit-* headers on every answer, Discord's
// message rules (discord-message-rules.ts, 400 in Discord's error shape), 404 for an unknown or
// deleted webhook, 401 for a wrong token. It records every request and every message it posted, and
// can be told to fail: 500, or a timeout (answering late — after posting, as Discord may).
import { randomBytes } from "node:crypto";
import { findDiscordMessageError } from "./discord-message-rules";
import { startHttpStandIn, type TRecordedRequest, type TScriptedResponse } from "./http-stand-in";

export const DISCORD_REQUESTS_PER_WINDOW = 5;
export const DISCORD_REQUEST_WINDOW_MS = 2000;
export const DISCORD_MESSAGES_PER_MINUTE = 30;

export type TDiscordMessage = {
  id: string;
  webhookId: string;
  channelId: string;
  content: string;
  embeds: unknown[];
  allowedMentions: unknown;
};
/** "500": answer 500, post nothing · "timeout": post it, then answer only after `delayMs` (default 6 s). */
export type TDiscordFailure = { kind: "500" } | { kind: "timeout"; delayMs?: number };

export type TDiscordStandIn = {
  url: string;
  /** Every request received (posts to unknown webhooks too), with the status answered. */
  requests: TRecordedRequest[];
  /** What it answered to each request, in the same order (e.g. a 429's retry_after). */
  answers: TScriptedResponse[];
  /** The messages it posted, oldest first; only those of one webhook when given its URL. */
  messages: (webhookUrl?: string) => TDiscordMessage[];
  /** A new webhook it accepts posts on: `<url>/api/webhooks/<id>/<token>`. */
  createWebhook: (options?: { channelId?: string }) => string;
  /** From now on the webhook answers 404 Unknown Webhook, as a deleted one does. */
  deleteWebhook: (webhookUrl: string) => void;
  /** The next posts (any webhook) fail like this, in order. */
  failNext: (...failures: TDiscordFailure[]) => void;
  /** Forgets requests, messages, failures and rate-limit windows; webhooks stay. */
  reset: () => void;
  close: () => Promise<void>;
};

type TWebhook = { id: string; token: string; channelId: string; deleted: boolean };

export async function startDiscordStandIn(): Promise<TDiscordStandIn> {
  const http = await startHttpStandIn();
  const webhooks = new Map<string, TWebhook>();
  const requestTimes = new Map<string, number[]>();
  const messageTimes = new Map<string, number[]>();
  const messages: TDiscordMessage[] = [];
  const failures: TDiscordFailure[] = [];
  let nextId = 1_100_000_000_000_000_000n;
  const snowflake = () => String(nextId++);

  const answer = (request: TRecordedRequest): TScriptedResponse => {
    const [, id, token] = /^\/api\/webhooks\/(\d+)\/([^/?#]+)/.exec(request.path) ?? [];
    const webhook = id ? webhooks.get(id) : undefined;
    if (request.method !== "POST" || !webhook || webhook.deleted)
      return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
    if (token !== webhook.token) return { status: 401, body: { message: "Invalid Webhook Token", code: 50027 } };

    // Every request counts against the 2 s bucket (429s too: hammering keeps it empty, as on Discord).
    const now = Date.now();
    const inWindow = (times: number[] | undefined, windowMs: number) =>
      (times ?? []).filter((time) => time > now - windowMs);
    const recent = [...inWindow(requestTimes.get(webhook.id), DISCORD_REQUEST_WINDOW_MS), now];
    requestTimes.set(webhook.id, recent);
    // Messages count per channel: two webhooks in one channel share its 30 a minute.
    const posted = inWindow(messageTimes.get(webhook.channelId), 60_000);
    messageTimes.set(webhook.channelId, posted);
    const remaining = Math.max(0, DISCORD_REQUESTS_PER_WINDOW - recent.length);
    const resetAfterMs = (recent[0] ?? now) + DISCORD_REQUEST_WINDOW_MS - now;
    const headers = {
      "x-ratelimit-limit": String(DISCORD_REQUESTS_PER_WINDOW),
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-reset-after": (resetAfterMs / 1000).toFixed(3),
      "x-ratelimit-bucket": `webhook-${webhook.id}`,
    };

    const overRequests = recent.length > DISCORD_REQUESTS_PER_WINDOW;
    const overMessages = posted.length >= DISCORD_MESSAGES_PER_MINUTE;
    if (overRequests || overMessages) {
      const waitMs = Math.max(overRequests ? resetAfterMs : 0, overMessages ? (posted[0] ?? now) + 60_000 - now : 0);
      const retryAfter = Number((waitMs / 1000).toFixed(3));
      return {
        status: 429,
        headers: {
          ...headers,
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": retryAfter.toFixed(3),
          "retry-after": String(Math.ceil(retryAfter)),
        },
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      };
    }

    const failure = failures.shift();
    if (failure?.kind === "500")
      return { status: 500, headers, body: { message: "500: Internal Server Error", code: 0 } };
    const refused = findDiscordMessageError(request.json);
    if (refused) return { status: 400, headers, body: refused };

    const body = request.json as { content?: string; embeds?: unknown[]; allowed_mentions?: unknown };
    const message: TDiscordMessage = {
      id: snowflake(),
      webhookId: webhook.id,
      channelId: webhook.channelId,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      allowedMentions: body.allowed_mentions ?? null,
    };
    messages.push(message);
    posted.push(now);
    const wait = new URL(request.path, "http://discord.invalid").searchParams.get("wait") === "true";
    const reply: TScriptedResponse = wait
      ? {
          status: 200,
          headers,
          body: {
            id: message.id,
            type: 0,
            channel_id: message.channelId,
            webhook_id: webhook.id,
            content: message.content,
            embeds: message.embeds,
          },
        }
      : { status: 204, headers };
    return failure?.kind === "timeout" ? { ...reply, delayMs: failure.delayMs ?? 6000 } : reply;
  };
  const answers: TScriptedResponse[] = [];
  const answerAndRecord = (request: TRecordedRequest) => {
    const response = answer(request);
    answers.push(response);
    return response;
  };
  http.setDefault(answerAndRecord);

  const webhookOf = (webhookUrl: string) => webhooks.get(/\/webhooks\/(\d+)/.exec(webhookUrl)?.[1] ?? "");
  return {
    url: http.url,
    requests: http.requests,
    answers,
    messages: (webhookUrl) => {
      const webhook = webhookUrl ? webhookOf(webhookUrl) : undefined;
      return webhookUrl ? messages.filter((message) => message.webhookId === webhook?.id) : [...messages];
    },
    createWebhook: ({ channelId } = {}) => {
      const webhook: TWebhook = {
        id: snowflake(),
        token: randomBytes(24).toString("base64url"),
        channelId: channelId ?? snowflake(),
        deleted: false,
      };
      webhooks.set(webhook.id, webhook);
      return `${http.url}/api/webhooks/${webhook.id}/${webhook.token}`;
    },
    deleteWebhook: (webhookUrl) => {
      const webhook = webhookOf(webhookUrl);
      if (webhook) webhook.deleted = true;
    },
    failNext: (...more) => failures.push(...more),
    reset: () => {
      http.reset();
      http.setDefault(answerAndRecord);
      answers.length = 0;
      // Webhooks stay; their rate-limit windows start afresh.
      requestTimes.clear();
      messageTimes.clear();
      messages.length = 0;
      failures.length = 0;
    },
    close: () => http.close(),
  };
}
