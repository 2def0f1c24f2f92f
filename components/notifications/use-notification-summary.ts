"use client";
// The bell's live data. Streams GET /api/notifications/stream (Server-Sent Events: a summary on
// connect and on every change; EventSource reconnects by itself and the first event after a
// reconnect is the current summary, so nothing is missed). Where streaming does not work — the
// stream keeps failing, or answers an error — it polls GET /api/notifications/summary every 15 s
// while the tab is visible, as a conditional request (304 when nothing changed), and tries the
// stream again a minute later. A changed summary is announced to the page (the center refreshes).
import { useCallback, useEffect, useRef, useState } from "react";
import {
  isNotificationSummary,
  STREAM_URL,
  SUMMARY_EVENT,
  SUMMARY_URL,
  type TNotificationSummary,
} from "@/lib/notifications/inbox/bell-summary";
import { emitNotificationsChanged, subscribeToNotificationsChanged } from "./notification-events";
import { unreadStore } from "./unread-store";

export const SUMMARY_POLL_MS = 15_000;
/** Failed connection attempts in a row before polling takes over. */
const STREAM_ATTEMPTS = 3;
const STREAM_RETRY_MS = 60_000;

export type TSummaryState = { summary: TNotificationSummary | null; fetchedAt: string | null; isSignedOut: boolean };

const fingerprint = (summary: TNotificationSummary) =>
  `${summary.unreadCount}:${summary.latest.map((item) => `${item.id}${item.readAt ? "r" : ""}`).join()}`;

/** The latest summary from the server (null until the first answer); callers sync from it. */
export function useNotificationSummary() {
  const [state, setState] = useState<TSummaryState>({ summary: null, fetchedAt: null, isSignedOut: false });
  const inFlight = useRef<AbortController | null>(null);
  /** Bumped by every local change: an answer to a request sent before it is stale and dropped. */
  const generation = useRef(0);
  const lastSeen = useRef<string | null>(null);
  const isStreaming = useRef(false);

  const accept = useCallback((body: unknown, startedAt: number) => {
    if (!isNotificationSummary(body) || startedAt !== generation.current) return;
    const seen = fingerprint(body);
    // The store first: the center decides from its newest items whether to refresh or offer "N new".
    unreadStore.acceptSummary(body);
    if (lastSeen.current !== null && lastSeen.current !== seen) emitNotificationsChanged({ kind: "server" });
    lastSeen.current = seen;
    setState({ summary: body, fetchedAt: new Date().toISOString(), isSignedOut: false });
  }, []);

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const startedAt = generation.current;
    try {
      // "no-cache": the browser asks again with If-None-Match and reuses its copy on a 304.
      const response = await fetch(SUMMARY_URL, {
        cache: "no-cache",
        signal: controller.signal,
        headers: { accept: "application/json" },
      });
      if (response.status === 401) {
        setState((previous) => ({ ...previous, isSignedOut: true }));
        return;
      }
      if (response.ok) accept(await response.json(), startedAt);
    } catch {
      // Offline or aborted: keep what we show; the next poll tries again.
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, [accept]);

  useEffect(() => {
    let source: EventSource | null = null;
    let failures = 0;
    let pollTimer: number | undefined;
    let retryTimer: number | undefined;
    const poll = () => {
      if (document.visibilityState === "visible" && !isStreaming.current) void refresh();
    };
    const startPolling = () => {
      pollTimer ??= window.setInterval(poll, SUMMARY_POLL_MS);
      poll();
    };
    const stopPolling = () => {
      window.clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const connect = () => {
      if (typeof EventSource === "undefined") return startPolling();
      source = new EventSource(STREAM_URL);
      source.addEventListener(SUMMARY_EVENT, (event) => {
        failures = 0;
        isStreaming.current = true;
        stopPolling();
        try {
          accept(JSON.parse((event as MessageEvent<string>).data), generation.current);
        } catch {
          // A malformed event: the next one replaces it.
        }
      });
      source.onerror = () => {
        isStreaming.current = false;
        failures += 1;
        // CLOSED: the server refused (signed out, an error page); else EventSource is reconnecting.
        if (source?.readyState !== EventSource.CLOSED && failures < STREAM_ATTEMPTS) return;
        source?.close();
        source = null;
        startPolling();
        retryTimer = window.setTimeout(connect, STREAM_RETRY_MS);
      };
    };
    connect();
    window.addEventListener("focus", poll);
    document.addEventListener("visibilitychange", poll);
    const unsubscribe = subscribeToNotificationsChanged((change) => {
      if (change.kind === "all-read") unreadStore.markAllRead();
      if (change.kind !== "server") poll();
    });
    return () => {
      source?.close();
      stopPolling();
      window.clearTimeout(retryTimer);
      window.removeEventListener("focus", poll);
      document.removeEventListener("visibilitychange", poll);
      unsubscribe();
      inFlight.current?.abort();
    };
  }, [accept, refresh]);

  /** Call before a local change so that an older in-flight answer cannot undo it. */
  const invalidate = useCallback(() => {
    generation.current += 1;
  }, []);

  return { ...state, refresh, invalidate };
}
