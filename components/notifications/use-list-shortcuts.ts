"use client";
// Listens for the center's keyboard shortcuts (notification-shortcuts.ts says which key is what,
// and when a key is left alone). `onShortcut` returns false when the key did nothing, so the
// browser keeps it (Esc with nothing to clear, say).
import { useEffect, useEffectEvent } from "react";
import { shortcutFor, type TShortcutId } from "./notification-shortcuts";

export function useListShortcuts(onShortcut: (id: TShortcutId) => boolean) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    // Handled already (an open row menu's Esc), or inside the help dialog, which closes itself on Esc.
    if (event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.closest("dialog")) return;
    const id = shortcutFor({
      key: event.key,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      target: target && {
        tagName: target.tagName,
        type: target instanceof HTMLInputElement ? target.type : undefined,
        isContentEditable: target.isContentEditable,
      },
    });
    if (id && onShortcut(id)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
