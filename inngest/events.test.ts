// Every event the app can emit stays under Inngest Cloud's event size limit at its largest, and
// the steps that return many of them stay under the step output limit (lib/outbox/inngest-limits.ts).
import { describe, expect, it } from "vitest";
import { ANNOUNCEMENT_PAGE_SIZE } from "@/lib/notifications/announcements/fan-out-announcement";
import {
  eventBytes,
  INNGEST_MAX_EVENT_BYTES,
  INNGEST_MAX_REQUEST_BYTES,
  INNGEST_MAX_STEP_OUTPUT_BYTES,
} from "@/lib/outbox/inngest-limits";
import { maxJsonBytes } from "@/test-support/max-json-bytes";
import { ALL_EVENTS, NOTIFICATION_REQUEST_MAX_RECIPIENTS, notificationRequested } from "./events";

/** An event's envelope besides its data: name, id (≤ 200 characters), ts, and the keys. */
const ENVELOPE_BYTES = 512 + 200;

describe("event sizes", () => {
  it.each(ALL_EVENTS.map((event) => [event.name, event] as const))(
    "%s is bounded and fits Inngest's event limit at its largest",
    (_name, event) => {
      expect(maxJsonBytes(event.schema as never) + ENVELOPE_BYTES).toBeLessThan(INNGEST_MAX_EVENT_BYTES);
    },
  );

  it("the largest notification request really built is under the event and request limits", () => {
    // Every field at its maximum, in characters JSON escapes as six bytes ("\u0001").
    const worst = "\u0001";
    const request = notificationRequested.create({
      type: "achievement_earned",
      recipientIds: Array.from(
        { length: NOTIFICATION_REQUEST_MAX_RECIPIENTS },
        (_, index) => `${String(index).padStart(4, "0")}${"x".repeat(96)}`,
      ),
      title: worst.repeat(200),
      body: worst.repeat(4_000),
      url: `/${worst.repeat(1_999)}`,
      dedupKey: worst.repeat(200),
      teamId: "t".repeat(100),
      postToPlatform: true,
      data: {
        announcementId: "a".repeat(100),
        inviteId: "i".repeat(100),
        teamId: "t".repeat(100),
        tournamentId: "u".repeat(100),
        matchId: "m".repeat(100),
        teamName: worst.repeat(200),
        place: 1,
        amount: 1000,
        test: false,
      },
    });
    const bytes = eventBytes({ ...request, id: "x".repeat(200), ts: Date.now() });
    expect(bytes).toBeLessThanOrEqual(maxJsonBytes(notificationRequested.schema as never) + ENVELOPE_BYTES);
    expect(bytes).toBeLessThan(INNGEST_MAX_EVENT_BYTES);
    expect(bytes).toBeLessThan(INNGEST_MAX_REQUEST_BYTES);
  });

  it("an announcement page (the fan-out's largest step output) is under the step output limit", () => {
    const requestsPerPage = Math.ceil(ANNOUNCEMENT_PAGE_SIZE / NOTIFICATION_REQUEST_MAX_RECIPIENTS);
    expect(requestsPerPage * (maxJsonBytes(notificationRequested.schema as never) + ENVELOPE_BYTES)).toBeLessThan(
      INNGEST_MAX_STEP_OUTPUT_BYTES,
    );
  });
});
