"use client";
// Asks before the tab is closed or reloaded while a change is still on its way to the server. In-app
// links need no guard: a server action already sent finishes after a client-side navigation.
import { useEffect } from "react";

export function useLeaveGuard(isActive: boolean): void {
  useEffect(() => {
    if (!isActive) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isActive]);
}
