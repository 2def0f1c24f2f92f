"use client";
// The "?" help: every keyboard shortcut of the center (from notification-shortcuts.ts), in a
// modal dialog that Esc, its Close button or a click outside closes (focus returns where it was).
import { Keyboard } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { NOTIFICATION_SHORTCUTS } from "./notification-shortcuts";

export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    // A phone has no keyboard to speak of: the button shows from the small-tablet width up (? works anywhere).
    <Button variant="ghost" size="sm" onClick={onClick} aria-keyshortcuts="?" className="max-sm:hidden">
      <Keyboard aria-hidden className="size-4" />
      Keyboard shortcuts
    </Button>
  );
}

export function ShortcutsHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-help-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself (its content is inside the padding box).
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-[rgb(0_0_0/0.45)]"
    >
      <div className="p-5">
        <h2 id="shortcuts-help-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-3 divide-y divide-zinc-200 text-sm">
          {NOTIFICATION_SHORTCUTS.map((shortcut) => (
            <div key={shortcut.id} className="flex items-center justify-between gap-4 py-2">
              <dt className="flex shrink-0 gap-1">
                {shortcut.keys.map((key) => (
                  <kbd
                    key={key}
                    className="min-w-6 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs text-zinc-800"
                  >
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-right text-zinc-700">{shortcut.label}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 flex justify-end">
          <Button variant="secondary" size="sm" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </dialog>
  );
}
