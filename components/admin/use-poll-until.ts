"use client";
// Following queued work until it settles — a "Run now", a payout request, an announcement's
// fan-out: ask for its status every few seconds (less often once it has taken a while), hand each
// answer to the caller, and stop when the caller says it has settled, when the server refuses the
// session, or when the component goes away. A network blip or a server error is not an answer:
// the next poll tries again. One loop for every admin panel that waits on the background worker.
import { useEffect, useEffectEvent } from "react";

/** What one status request came back with. */
export type TPollAnswer<T> = { kind: "value"; value: T } | { kind: "denied" } | { kind: "retry" };

export type TPollSchedule = {
  /** The wait before the first poll and between polls at first. */
  everyMs: number;
  /** Once polling has gone on this long, it goes on less often… */
  slowAfterMs: number;
  /** …every this often. */
  slowEveryMs: number;
};

export type TPollHandlers<T> = {
  read: () => Promise<TPollAnswer<T>>;
  /** Each answer; returns true once the work has settled (polling stops). */
  onValue: (value: T) => boolean;
  /** The server refused the session (401/403): polling stops. Without it, a refusal is retried like an error. */
  onDenied?: () => void;
};

/** The wait before the next poll, `elapsedMs` after polling started. */
export function nextPollDelay(elapsedMs: number, schedule: TPollSchedule): number {
  return elapsedMs > schedule.slowAfterMs ? schedule.slowEveryMs : schedule.everyMs;
}

/** A status route's JSON as an answer: 401/403 is a refusal, any other failure is retried. */
export async function readJson<T>(url: string): Promise<TPollAnswer<T>> {
  const response = await fetch(url, { cache: "no-store" });
  if (response.status === 401 || response.status === 403) return { kind: "denied" };
  if (!response.ok) return { kind: "retry" };
  return { kind: "value", value: (await response.json()) as T };
}

/**
 * The loop itself, outside React (use-poll-until.test.ts drives it with fake timers): polls on
 * `schedule` until settled or denied. Returns the function that stops it.
 */
export function startPolling<T>(
  { read, onValue, onDenied }: TPollHandlers<T>,
  schedule: TPollSchedule,
  now: () => number = Date.now,
): () => void {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = now();
  const poll = async () => {
    let answer: TPollAnswer<T> = { kind: "retry" };
    try {
      answer = await read();
    } catch {
      // A network blip: the next poll tries again.
    }
    if (isStopped) return;
    if (answer.kind === "denied" && onDenied) return onDenied();
    if (answer.kind === "value" && onValue(answer.value)) return;
    timer = setTimeout(poll, nextPollDelay(now() - startedAt, schedule));
  };
  timer = setTimeout(poll, schedule.everyMs);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}

/**
 * Polls while `key` is not null (a new key starts over: a new request to follow); the handlers are
 * always the latest render's, so they may read and set state freely without restarting the loop.
 */
export function usePollUntil<T>(key: string | null, handlers: TPollHandlers<T>, schedule: TPollSchedule): void {
  const read = useEffectEvent(() => handlers.read());
  const onValue = useEffectEvent((value: T) => handlers.onValue(value));
  const onDenied = useEffectEvent(() => handlers.onDenied?.());
  const hasDenied = handlers.onDenied !== undefined;
  const { everyMs, slowAfterMs, slowEveryMs } = schedule;
  useEffect(() => {
    if (key === null) return;
    return startPolling(
      { read, onValue, onDenied: hasDenied ? onDenied : undefined },
      {
        everyMs,
        slowAfterMs,
        slowEveryMs,
      },
    );
  }, [key, hasDenied, everyMs, slowAfterMs, slowEveryMs]);
}
