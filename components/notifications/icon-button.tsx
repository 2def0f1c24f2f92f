// A row action drawn as an icon: its accessible name says what and on which notification, and a
// small tooltip (on hover and on keyboard focus) shows the action and its shortcut key.
import type { LucideIcon } from "lucide-react";

export function IconButton({
  label,
  tooltip,
  shortcut,
  icon: Icon,
  onClick,
  disabled,
  isExpanded,
}: {
  /** The accessible name ("Archive: Crown Cup results"). */
  label: string;
  /** The visible hint ("Archive"); the accessible name starts with it. */
  tooltip: string;
  shortcut?: string;
  icon: LucideIcon;
  onClick: () => void;
  disabled?: boolean;
  /** For a button that opens a menu: whether it is open. */
  isExpanded?: boolean;
}) {
  return (
    <span className="group/tip relative inline-flex">
      <button
        type="button"
        aria-label={label}
        aria-keyshortcuts={shortcut}
        aria-expanded={isExpanded}
        onClick={onClick}
        disabled={disabled}
        className="inline-flex size-8 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 disabled:cursor-not-allowed disabled:opacity-50"
      >
        <Icon aria-hidden className="size-4" />
      </button>
      <span
        aria-hidden
        className="pointer-events-none invisible absolute bottom-full right-0 z-30 mb-1 whitespace-nowrap rounded bg-zinc-900 px-2 py-1 text-xs font-medium text-white group-hover/tip:visible group-has-[:focus-visible]/tip:visible"
      >
        {tooltip}
        {shortcut ? <kbd className="ml-1.5 font-sans text-zinc-300">{shortcut}</kbd> : null}
      </span>
    </span>
  );
}
