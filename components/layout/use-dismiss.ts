"use client";
// Closing a popover the way people expect: Escape (focus returns to the button that opened it),
// a click or tap outside, or keyboard focus moving elsewhere.
import { type RefObject, useEffect, useEffectEvent } from "react";

export function useDismiss(
  isOpen: boolean,
  close: () => void,
  refs: { trigger: RefObject<HTMLElement | null>; panel: RefObject<HTMLElement | null> },
) {
  const onClose = useEffectEvent((returnFocus: boolean) => {
    close();
    if (returnFocus) refs.trigger.current?.focus();
  });
  const isInside = useEffectEvent((target: EventTarget | null) => {
    if (!(target instanceof Node)) return false;
    return Boolean(refs.trigger.current?.contains(target) || refs.panel.current?.contains(target));
  });

  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        onClose(true);
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!isInside(event.target)) onClose(false);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!isInside(event.target)) onClose(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [isOpen]);
}
