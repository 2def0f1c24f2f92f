import { describe, expect, it } from "vitest";
import { SKIP_REASONS } from "@/lib/notifications/preferences/resolve-channels";
import { describeDeliveries, MAX_REASON_LENGTH } from "./describe-deliveries";

const texts = (...deliveries: Parameters<typeof describeDeliveries>[0]) =>
  describeDeliveries(deliveries).map((note) => note.text);

describe("where a notification went and why", () => {
  it("says it was emailed and posted to Discord when both were sent", () => {
    expect(
      texts({ channel: "EMAIL", status: "SENT", reason: null }, { channel: "DISCORD", status: "SENT", reason: null }),
    ).toEqual(["Emailed", "Posted to Discord"]);
  });

  it("explains a skipped channel with the reason the pipeline recorded", () => {
    expect(texts({ channel: "EMAIL", status: "SKIPPED", reason: SKIP_REASONS.optOutEmail })).toEqual([
      "Email skipped: you turned off all email",
    ]);
    expect(texts({ channel: "DISCORD", status: "SKIPPED", reason: SKIP_REASONS.noDiscord })).toEqual([
      "Discord skipped: no Discord account linked",
    ]);
    expect(texts({ channel: "EMAIL", status: "SKIPPED", reason: null })).toEqual(["Email skipped"]);
  });

  it("reports failures with their reason, shortened to one line", () => {
    expect(texts({ channel: "EMAIL", status: "FAILED", reason: "gave up after 5 attempts: fetch failed" })).toEqual([
      "Email failed: gave up after 5 attempts: fetch failed",
    ]);
    expect(texts({ channel: "DISCORD", status: "FAILED", reason: "the Discord webhook was deleted" })).toEqual([
      "Discord post failed: the Discord webhook was deleted",
    ]);
    const [long] = texts({ channel: "EMAIL", status: "FAILED", reason: `provider said:\n${"x".repeat(500)}` });
    expect(long?.length).toBeLessThanOrEqual("Email failed: ".length + MAX_REASON_LENGTH);
    expect(long).toMatch(/^Email failed: provider said: x+…$/);
  });

  it("says pending while waiting, and mentions a retry in progress", () => {
    expect(texts({ channel: "EMAIL", status: "PENDING", reason: null })).toEqual(["Email pending"]);
    expect(texts({ channel: "EMAIL", status: "PENDING", reason: "retrying: 503 from provider" })).toEqual([
      "Email pending: retrying: 503 from provider",
    ]);
  });

  it("lists email before Discord whatever order the rows come in, with a tone per outcome", () => {
    const notes = describeDeliveries([
      { channel: "DISCORD", status: "FAILED", reason: null },
      { channel: "EMAIL", status: "SENT", reason: null },
    ]);
    expect(notes.map((note) => [note.channel, note.tone])).toEqual([
      ["EMAIL", "success"],
      ["DISCORD", "danger"],
    ]);
  });

  it("has nothing to say about an in-app-only notification", () => {
    expect(describeDeliveries([])).toEqual([]);
  });
});
