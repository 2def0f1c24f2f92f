import { describe, expect, it } from "vitest";
import { NOTIFICATION_SHORTCUTS, shortcutFor, type TKeyPress } from "./notification-shortcuts";

const press = (key: string, overrides: Partial<TKeyPress> = {}): TKeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: "LI" },
  ...overrides,
});

describe("the center's keyboard shortcuts", () => {
  it("maps j, k, e, u, x, ?, Esc and Shift+I to their actions", () => {
    expect(shortcutFor(press("j"))).toBe("next");
    expect(shortcutFor(press("k"))).toBe("previous");
    expect(shortcutFor(press("e"))).toBe("archive");
    expect(shortcutFor(press("u"))).toBe("toggle-read");
    expect(shortcutFor(press("x"))).toBe("select");
    expect(shortcutFor(press("?", { shiftKey: true }))).toBe("help");
    expect(shortcutFor(press("Escape"))).toBe("escape");
    expect(shortcutFor(press("I", { shiftKey: true }))).toBe("mark-all-read");
  });

  it("does nothing while typing in an input, select, textarea or editable text", () => {
    for (const tagName of ["INPUT", "SELECT", "TEXTAREA", "input"]) {
      expect(shortcutFor(press("j", { target: { tagName } }))).toBeNull();
    }
    expect(shortcutFor(press("e", { target: { tagName: "DIV", isContentEditable: true } }))).toBeNull();
    expect(shortcutFor(press("x", { target: { tagName: "INPUT", type: "search" } }))).toBeNull();
  });

  it("still works from a row's checkbox (nothing is typed there)", () => {
    expect(shortcutFor(press("j", { target: { tagName: "INPUT", type: "checkbox" } }))).toBe("next");
  });

  it("leaves Ctrl, Meta and Alt combinations to the browser", () => {
    expect(shortcutFor(press("e", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("u", { metaKey: true }))).toBeNull();
    expect(shortcutFor(press("j", { altKey: true }))).toBeNull();
    expect(shortcutFor(press("I", { shiftKey: true, metaKey: true }))).toBeNull();
  });

  it("does not take a lone i, Shift+J, or keys it does not know", () => {
    expect(shortcutFor(press("i"))).toBeNull();
    expect(shortcutFor(press("J", { shiftKey: true }))).toBeNull();
    expect(shortcutFor(press("q"))).toBeNull();
  });

  it("lists every shortcut it answers in the help table", () => {
    const listed = new Set(NOTIFICATION_SHORTCUTS.map((shortcut) => shortcut.id));
    const answered = ["j", "k", "e", "u", "x", "Escape", "?"].map((key) => shortcutFor(press(key)));
    answered.push(shortcutFor(press("I", { shiftKey: true })));
    expect(answered.every((id) => id !== null && listed.has(id))).toBe(true);
    expect(listed.size).toBe(answered.length);
  });
});
