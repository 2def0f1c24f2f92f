// The center's keyboard shortcuts (as in GitHub's and Linear's inboxes): one table the handler and
// the "?" help dialog both read, and the pure mapping from a key press to a shortcut.
export const NOTIFICATION_SHORTCUTS = [
  { id: "next", keys: ["j"], label: "Move to the next notification" },
  { id: "previous", keys: ["k"], label: "Move to the previous notification" },
  { id: "archive", keys: ["e"], label: "Archive (or move to inbox) the focused notification" },
  { id: "toggle-read", keys: ["u"], label: "Mark the focused notification read or unread" },
  { id: "select", keys: ["x"], label: "Select the focused notification" },
  { id: "mark-all-read", keys: ["Shift", "I"], label: "Mark all read" },
  { id: "help", keys: ["?"], label: "Show these shortcuts" },
  { id: "escape", keys: ["Esc"], label: "Close this help, or clear the selection" },
] as const;

export type TShortcutId = (typeof NOTIFICATION_SHORTCUTS)[number]["id"];

export type TKeyPress = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key went to: shortcuts stay out of the way of typing. */
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
};

const TYPING_TAGS = new Set(["INPUT", "SELECT", "TEXTAREA"]);
/** Inputs nobody types into: a row's checkbox keeps j / k / x working. */
const UNTYPED_INPUTS = new Set(["checkbox", "radio", "button", "submit"]);

function isTyping(target: TKeyPress["target"]): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === "INPUT") return !UNTYPED_INPUTS.has(target.type?.toLowerCase() ?? "text");
  return tag !== undefined && TYPING_TAGS.has(tag);
}

const PLAIN_KEYS: Record<string, TShortcutId> = {
  j: "next",
  k: "previous",
  e: "archive",
  u: "toggle-read",
  x: "select",
  "?": "help",
  Escape: "escape",
};

/** The shortcut a key press means, or null (typing in a field, a modifier held, or no such key). */
export function shortcutFor(press: TKeyPress): TShortcutId | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTyping(press.target)) return null;
  if (press.key === "I" && press.shiftKey) return "mark-all-read";
  // "?" needs Shift on most layouts; the letters must be typed without it (Shift+J is not j).
  if (press.key === "?") return "help";
  if (press.shiftKey) return null;
  return PLAIN_KEYS[press.key] ?? null;
}
