// The process's memory while a bench runs: RSS and V8 heap in use, sampled on a timer (a peak
// between two samples is missed; the timers are unref'd and never keep the process alive). Heap in
// use counts garbage not yet collected, so every `liveEveryMs` a full collection runs first and the
// heap left is the live heap (V8's gc(), reached through --expose-gc set at run time: the bench's
// command line cannot take node flags). `onSample` runs before each sample (e.g. to drop a
// recorder's data, see stand-in-records.ts).
import v8 from "node:v8";
import vm from "node:vm";

export type TMemoryPeak = {
  rss: number;
  heapUsed: number;
  liveHeap: number;
  startRss: number;
  startLiveHeap: number;
  fullGcMs: number;
  /** Each live-heap sample: when (performance.now()) and how much. */
  liveSeries: { at: number; bytes: number }[];
};

/** The live heap now: a full collection, then the heap in use. */
export function measureLiveHeap(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

function fullGc(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

export function sampleMemory({
  everyMs = 100,
  liveEveryMs = 10_000,
  onSample,
}: { everyMs?: number; liveEveryMs?: number; onSample?: () => void } = {}): { stop: () => TMemoryPeak } {
  const live = () => {
    onSample?.();
    const started = performance.now();
    fullGc();
    peak.fullGcMs += performance.now() - started;
    const bytes = process.memoryUsage().heapUsed;
    peak.liveHeap = Math.max(peak.liveHeap, bytes);
    peak.liveSeries.push({ at: performance.now(), bytes });
  };
  const peak: TMemoryPeak = {
    rss: 0,
    heapUsed: 0,
    liveHeap: 0,
    startRss: 0,
    startLiveHeap: 0,
    fullGcMs: 0,
    liveSeries: [],
  };
  live();
  peak.startRss = process.memoryUsage().rss;
  peak.startLiveHeap = peak.liveHeap;
  const sample = () => {
    onSample?.();
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  };
  const timers = [setInterval(sample, everyMs), setInterval(live, liveEveryMs)];
  for (const timer of timers) timer.unref();
  return {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
      sample();
      live();
      return peak;
    },
  };
}
