import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nextPollDelay, startPolling, type TPollAnswer, type TPollSchedule } from "./use-poll-until";

const SCHEDULE: TPollSchedule = { everyMs: 2_000, slowAfterMs: 60_000, slowEveryMs: 10_000 };

/** A status source answering from a script, recording when it was asked (ms since the start). */
function scriptedStatus(answers: (TPollAnswer<string> | Error)[]) {
  const askedAt: number[] = [];
  const start = Date.now();
  const read = async () => {
    askedAt.push(Date.now() - start);
    const answer = answers.shift() ?? { kind: "retry" as const };
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { read, askedAt };
}

const value = (text: string): TPollAnswer<string> => ({ kind: "value", value: text });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("nextPollDelay", () => {
  it("polls at the normal pace at first and slowly once the work has taken a while", () => {
    expect(nextPollDelay(0, SCHEDULE)).toBe(2_000);
    expect(nextPollDelay(60_000, SCHEDULE)).toBe(2_000);
    expect(nextPollDelay(60_001, SCHEDULE)).toBe(10_000);
  });
});

describe("startPolling", () => {
  it("hands every answer over and stops at the first one that settles the work", async () => {
    const status = scriptedStatus([value("queued"), value("running"), value("finished"), value("never read")]);
    const seen: string[] = [];
    startPolling({ read: status.read, onValue: (next) => (seen.push(next), next === "finished") }, SCHEDULE);

    await vi.advanceTimersByTimeAsync(30_000);

    expect(seen).toEqual(["queued", "running", "finished"]);
    expect(status.askedAt).toEqual([2_000, 4_000, 6_000]);
  });

  it("keeps going through network errors and server errors", async () => {
    const status = scriptedStatus([new Error("offline"), { kind: "retry" }, value("finished")]);
    const seen: string[] = [];
    startPolling({ read: status.read, onValue: (next) => (seen.push(next), true) }, SCHEDULE);

    await vi.advanceTimersByTimeAsync(30_000);

    expect(seen).toEqual(["finished"]);
    expect(status.askedAt).toHaveLength(3);
  });

  it("slows down after slowAfterMs", async () => {
    const status = scriptedStatus([]);
    startPolling({ read: status.read, onValue: () => false }, SCHEDULE);

    await vi.advanceTimersByTimeAsync(90_000);

    // Every 2 s up to 60 s; the poll at 60 s is not past the minute yet, so 62 s; then every 10 s.
    expect(status.askedAt.slice(28)).toEqual([58_000, 60_000, 62_000, 72_000, 82_000]);
  });

  it("stops when the session is refused, saying so once; without onDenied a refusal is retried", async () => {
    const refused = scriptedStatus([{ kind: "denied" }, value("finished")]);
    const onDenied = vi.fn();
    const onValue = vi.fn(() => true);
    startPolling({ read: refused.read, onValue, onDenied }, SCHEDULE);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onDenied).toHaveBeenCalledTimes(1);
    expect(onValue).not.toHaveBeenCalled();
    expect(refused.askedAt).toHaveLength(1);

    const retried = scriptedStatus([{ kind: "denied" }, value("finished")]);
    const seen: string[] = [];
    startPolling({ read: retried.read, onValue: (next) => (seen.push(next), true) }, SCHEDULE);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(seen).toEqual(["finished"]);
  });

  it("asks nothing more once stopped, and drops an answer that arrives after it", async () => {
    let answer: (value: TPollAnswer<string>) => void = () => {};
    const read = vi.fn(() => new Promise<TPollAnswer<string>>((resolve) => (answer = resolve)));
    const onValue = vi.fn(() => false);
    const stop = startPolling({ read, onValue }, SCHEDULE);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(read).toHaveBeenCalledTimes(1);
    stop();
    answer(value("late"));
    await vi.advanceTimersByTimeAsync(30_000);

    expect(onValue).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
