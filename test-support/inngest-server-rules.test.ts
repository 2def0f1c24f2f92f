// The server's sync rules catch what the real server refuses (or silently changes), on function
// configs shaped as the SDK registers them.
import type { FunctionConfig } from "inngest/types";
import { describe, expect, it } from "vitest";
import { NOTIFYING_EVENTS } from "@/lib/notifications/domain-events/request-notifications";
import { checkInngestCron } from "./check-inngest-cron";
import { MAX_TRIGGERS } from "./inngest-server-limits";
import { checkFunctionConfig, checkInngestSync } from "./inngest-server-rules";
import { parseInngestDuration } from "./parse-inngest-duration";

function aConfig(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    id: "deltacrown-distribute-payouts",
    name: "distribute-payouts",
    triggers: [{ event: "payouts/distribute.requested" }],
    steps: {
      step: {
        id: "step",
        name: "step",
        runtime: { type: "http", url: "http://localhost:3000/api/inngest?fnId=x&stepId=step" },
        retries: { attempts: 4 },
      },
    },
    ...overrides,
  };
}

describe("Inngest's sync rules", () => {
  it("accept a function that keeps to them", () => {
    expect(
      checkFunctionConfig(
        aConfig({ concurrency: { key: "event.data.tournamentId", limit: 1 }, timeouts: { finish: "2h" } }),
      ),
    ).toEqual([]);
  });

  it(`refuse more than ${MAX_TRIGGERS} triggers, as one function on every notifying domain event had`, () => {
    const config = aConfig({ triggers: NOTIFYING_EVENTS.map((event) => ({ event: event.name })) });
    expect(config.triggers.length).toBeGreaterThan(MAX_TRIGGERS);
    expect(checkFunctionConfig(config)).toEqual([
      `has ${config.triggers.length} triggers; the server refuses more than ${MAX_TRIGGERS}`,
    ]);
  });

  it("refuse a repeated trigger and a repeated cron, even with another jitter", () => {
    const events = checkFunctionConfig(
      aConfig({ triggers: [{ event: "payouts/distribute.requested" }, { event: "payouts/distribute.requested" }] }),
    );
    expect(events).toEqual(['duplicate trigger event "payouts/distribute.requested"']);
    const crons = checkFunctionConfig(
      aConfig({ triggers: [{ cron: "TZ=UTC 0 2 * * *" }, { cron: "TZ=UTC 0 2 * * *", jitter: "30s" }] }),
    );
    expect(crons).toEqual(['duplicate cron expression "TZ=UTC 0 2 * * *"']);
  });

  it("refuse a trigger on an event without a schema in inngest/events.ts, or with a name over 255 characters", () => {
    expect(checkFunctionConfig(aConfig({ triggers: [{ event: "payouts/distribute.requestd" }] }))).toEqual([
      'trigger event "payouts/distribute.requestd" has no schema in inngest/events.ts',
    ]);
    expect(checkFunctionConfig(aConfig({ triggers: [{ event: "x".repeat(256) }] }))[0]).toMatch(
      /must be 1–255 characters/,
    );
  });

  it("refuse more than 2 concurrency constraints, and an env-scoped one without a key", () => {
    const three = [{ limit: 1 }, { limit: 2, key: "event.data.tournamentId" }, { limit: 3, key: "event.data.trigger" }];
    expect(checkFunctionConfig(aConfig({ concurrency: three }))).toEqual(["has 3 concurrency constraints; at most 2"]);
    expect(checkFunctionConfig(aConfig({ concurrency: { limit: 5, scope: "env" } }))).toEqual([
      "a concurrency key must be specified for env scoped limits",
    ]);
  });

  it("refuse more than 20 retries (the server would quietly make them 20)", () => {
    const config = aConfig();
    const step = { ...config.steps.step, retries: { attempts: 21 } } as FunctionConfig["steps"][string];
    expect(checkFunctionConfig({ ...config, steps: { step } })).toEqual([
      "retries 21 is outside 0–20 (the server would clamp it)",
    ]);
  });

  it("refuse more than 5 cancellations, and a cancellation `if` with macros or calls", () => {
    const cancel = Array.from({ length: 6 }, () => ({ event: "tournament/completed" }));
    expect(checkFunctionConfig(aConfig({ cancel }))).toEqual(["has 6 cancellations; at most 5"]);
    const matching = { event: "tournament/completed", if: "event.data.tournamentId == async.data.tournamentId" };
    expect(checkFunctionConfig(aConfig({ cancel: [matching] }))).toEqual([]);
    expect(
      checkFunctionConfig(aConfig({ cancel: [{ event: "tournament/completed", if: "has(async.data.tournamentId)" }] })),
    ).toEqual([`cancelOn "tournament/completed" if: macros are disallowed here (uses 'has')`]);
  });

  it("refuse expressions that are not CEL, or that read a field the triggering event does not have", () => {
    expect(checkFunctionConfig(aConfig({ concurrency: { limit: 1, key: "event.data.tournamentId ==" } }))[0]).toMatch(
      /^concurrency key: "event.data.tournamentId ==" is not valid CEL/,
    );
    expect(
      checkFunctionConfig(aConfig({ throttle: { limit: 1, period: "1s", key: "event.data.tournamentID" } })),
    ).toEqual(["throttle key: event.data.tournamentID is not a field of payouts/distribute.requested"]);
    expect(checkFunctionConfig(aConfig({ idempotency: "data.tournamentId" }))).toEqual([
      'idempotency: "data" is not defined here (the expression can read event)',
    ]);
  });

  it("read through nullable fields, records and macro loop variables", () => {
    const notify = aConfig({ triggers: [{ event: "notification/requested" }] });
    const key =
      'event.data.data.announcementId + event.data.teamId + string(event.data.recipientIds.exists(id, id == "x"))';
    expect(checkFunctionConfig({ ...notify, throttle: { limit: 1, period: "1s", key } })).toEqual([]);
    expect(
      checkFunctionConfig({ ...notify, throttle: { limit: 1, period: "1s", key: "event.data.recipients[0]" } }),
    ).toEqual(["throttle key: event.data.recipients.0 is not a field of notification/requested"]);
  });

  it("check a key against every event that can start the run, cron ticks included", () => {
    const config = aConfig({
      triggers: [{ cron: "TZ=UTC 0 2 * * *" }, { event: "rankings/recompute.requested" }],
      concurrency: { limit: 1, key: "event.data.tournamentId" },
    });
    expect(checkFunctionConfig(config)).toEqual([
      "concurrency key: event.data.tournamentId is not a field of inngest/scheduled.timer",
    ]);
  });

  it("refuse timeouts beyond 2 hours, periods outside the server's bounds and unreadable durations", () => {
    // The SDK's types admit only durations it writes itself; the wire carries any string.
    const timeouts = { start: "10x", finish: "3h" } as unknown as FunctionConfig["timeouts"];
    expect(checkFunctionConfig(aConfig({ timeouts }))).toEqual([
      'timeouts.start "10x" is not a duration the server can read',
      `timeouts.finish "3h" is longer than the server's maximum of 7200 s`,
    ]);
    const debounce = { period: "500ms" } as unknown as FunctionConfig["debounce"];
    expect(checkFunctionConfig(aConfig({ rateLimit: { limit: 1, period: "25h" }, debounce }))).toEqual([
      `rateLimit period "25h" is longer than the server's maximum of 86400 s`,
      `debounce period "500ms" is shorter than the server's minimum of 1000 ms`,
    ]);
  });

  it("refuse two functions with one id", () => {
    expect(checkInngestSync([aConfig(), aConfig()])).toEqual([
      { functionId: "deltacrown-distribute-payouts", problem: "another function has the same id" },
    ]);
  });
});

describe("cron triggers as the server parses them", () => {
  it.each([
    "TZ=UTC 0 2 * * *",
    "CRON_TZ=Europe/Paris 30 4 1,15 * *",
    "*/15 * * * *",
    "0 9 * * MON-FRI",
    "0,30 * * * *",
    "0 */6 * * *",
  ])("accept %s", (cron) => {
    expect(checkInngestCron(cron)).toBeNull();
  });

  it.each([
    ["TZ=Mars/Olympus 0 2 * * *", /unknown time zone/],
    ["0 0 2 * * *", /expected 5 fields/],
    ["@daily", /descriptors/],
    ["0 25 * * *", /out of range for hour/],
    ["0 0 * * 7", /out of range for day of week/],
    ["0 0 L * *", /"L" is not a day of month/],
    ["0 0 * * 1#2", /is not a day of week/],
    ["61 * * * *", /out of range for minute/],
  ])("refuse %s", (cron, reason) => {
    expect(checkInngestCron(cron)).toMatch(reason);
  });
});

describe("durations as the server reads them", () => {
  it.each([
    ["2h", 7_200_000],
    ["1h30m", 5_400_000],
    ["500ms", 500],
    ["1d", 86_400_000],
    ["0", 0],
    ["10x", null],
    ["", null],
  ])("%s → %s ms", (text, ms) => {
    expect(parseInngestDuration(text)).toBe(ms);
  });
});
