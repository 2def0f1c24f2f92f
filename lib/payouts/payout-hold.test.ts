import { describe, expect, it } from "vitest";
import { describePayoutHold, formatHoldLeft, getPayoutHoldState, payoutDueAt } from "./payout-hold";

const completedAt = new Date("2026-12-01T12:00:00Z");
const hours = (n: number) => new Date(completedAt.getTime() + n * 3_600_000);
const open = { completedAt, payoutsFrozenAt: null, payoutsFrozenReason: null, isPaid: false };

describe("the prize hold state", () => {
  it("holds until completedAt + the hold, then is due", () => {
    expect(payoutDueAt(completedAt, 24)).toEqual(hours(24));
    expect(getPayoutHoldState(open, hours(19), 24)).toEqual({ state: "holding", dueAt: hours(24) });
    expect(describePayoutHold(getPayoutHoldState(open, hours(19), 24), hours(19))).toBe("Paying in 5 h");
    expect(getPayoutHoldState(open, hours(24), 24)).toEqual({ state: "due", dueAt: hours(24) });
    expect(getPayoutHoldState(open, completedAt, 0).state).toBe("due");
  });

  it("a freeze wins over the clock, and a payment over everything", () => {
    const frozen = { ...open, payoutsFrozenAt: hours(2), payoutsFrozenReason: "Disputed" };
    expect(describePayoutHold(getPayoutHoldState(frozen, hours(48), 24), hours(48))).toBe("Frozen: Disputed");
    expect(describePayoutHold(getPayoutHoldState({ ...frozen, isPaid: true }, hours(1), 24), hours(1))).toBe("Paid");
  });

  it("words the time left, rounded up", () => {
    expect(formatHoldLeft(hours(1), hours(0.99))).toBe("1 min");
    expect(formatHoldLeft(hours(1), hours(0.25))).toBe("45 min");
    expect(formatHoldLeft(hours(24), hours(1))).toBe("23 h");
    expect(formatHoldLeft(hours(24), hours(0.5))).toBe("24 h");
    expect(formatHoldLeft(hours(72), hours(0))).toBe("3 d");
    expect(formatHoldLeft(hours(75), hours(0))).toBe("3 d 3 h");
  });
});
