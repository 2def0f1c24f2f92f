"use client";
// The bell's live data: polls GET /api/notifications/summary every 15 s while the tab is visible,
// and at once when the window regains focus or the tab becomes visible again, or when the
// notification center changes something. Stops when the session is gone (401).
import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { isNotificationSummary, SUMMARY_URL, type TNotificationSummary } from "@/lib/notifications/inbox/bell-summary";
import { subscribeToNotificationsChanged } from "./notification-events";

export const SUMMARY_POLL_MS = 15_000;

export type TSummaryState = { summary: TNotificationSummary | null; fetchedAt: string | null; isSignedOut: boolean };

/** The latest summary from the server (null until the first answer); callers sync from it. */
export function useNotificationSummary() {
  const [state, setState] = useState<TSummaryState>({ summary: null, fetchedAt: null, isSignedOut: false });
  const inFlight = useRef<AbortController | null>(null);
  /** Bumped by every local change: an answer to a request sent before it is stale and dropped. */
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const startedAt = generation.current;
    try {
      const response = await fetch(SUMMARY_URL, {
        cache: "no-store",
        signal: controller.signal,
        headers: { accept: "application/json" },
      });
      if (response.status === 401) {
        setState((previous) => ({ ...previous, isSignedOut: true }));
        return;
      }
      if (!response.ok) return;
      const body: unknown = await response.json();
      if (!isNotificationSummary(body) || startedAt !== generation.current) return;
      setState({ summary: body, fetchedAt: new Date().toISOString(), isSignedOut: false });
    } catch {
      // Offline or aborted: keep what we show; the next poll tries again.
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, []);

  const poll = useEffectEvent(() => {
    if (document.visibilityState === "visible" && !state.isSignedOut) void refresh();
  });

  useEffect(() => {
    const onTick = () => poll();
    const timer = window.setInterval(onTick, SUMMARY_POLL_MS);
    window.addEventListener("focus", onTick);
    document.addEventListener("visibilitychange", onTick);
    const unsubscribe = subscribeToNotificationsChanged(onTick);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onTick);
      document.removeEventListener("visibilitychange", onTick);
      unsubscribe();
      inFlight.current?.abort();
    };
  }, []);

  /** Call before a local change so that an older in-flight answer cannot undo it. */
  const invalidate = useCallback(() => {
    generation.current += 1;
  }, []);

  return { ...state, refresh, invalidate };
}
