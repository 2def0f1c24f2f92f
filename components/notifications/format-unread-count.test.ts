import { describe, expect, it } from "vitest";
import { bellLabel, formatUnreadCount } from "./format-unread-count";

describe("the bell's unread count", () => {
  it("hides the badge at zero (and for nonsense values)", () => {
    expect(formatUnreadCount(0)).toBeNull();
    expect(formatUnreadCount(-3)).toBeNull();
    expect(formatUnreadCount(Number.NaN)).toBeNull();
  });

  it("shows the number up to 99 and caps it at 99+", () => {
    expect(formatUnreadCount(1)).toBe("1");
    expect(formatUnreadCount(99)).toBe("99");
    expect(formatUnreadCount(100)).toBe("99+");
    expect(formatUnreadCount(12_345)).toBe("99+");
  });

  it("names the button with the count for screen readers", () => {
    expect(bellLabel(3)).toBe("Notifications, 3 unread");
    expect(bellLabel(250)).toBe("Notifications, 99+ unread");
    expect(bellLabel(0)).toBe("Notifications, none unread");
  });
});
