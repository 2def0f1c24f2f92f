// One scheduler at a time (SCHEDULER, lib/automation/vercel-config.ts): in each mode, what Inngest
// registers and what vercel.json asks Vercel Cron for add up to every job and the outbox sweep
// exactly once, at the registry's schedule — never both, never neither.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHEDULED_JOBS } from "@/lib/automation/scheduled-jobs";
import { cronPath, vercelConfig, type TScheduler } from "@/lib/automation/vercel-config";
import { OUTBOX_SWEEP_CRON } from "@/lib/outbox/relay-outbox";

/** Every schedule the mode fires, by who fires it: "<fired by> <what> <cron>". */
async function schedulesIn(scheduler: TScheduler): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv("SCHEDULER", scheduler);
  const { functions } = await import("@/inngest/functions");
  const fromInngest = functions.flatMap((fn) =>
    (fn.opts.triggers ?? []).flatMap((trigger) =>
      "cron" in trigger ? [`inngest ${fn.id()} ${trigger.cron.replace("TZ=UTC ", "")}`] : [],
    ),
  );
  const fromVercel = vercelConfig(scheduler).crons.map(
    (cron) => `vercel ${cron.path.replace(cronPath(""), "")} ${cron.schedule}`,
  );
  return [...fromInngest, ...fromVercel].sort();
}

const everySchedule = (firedBy: string) =>
  [
    ...Object.entries(SCHEDULED_JOBS).map(([name, job]) => `${firedBy} ${name} ${job.schedule}`),
    `${firedBy} ${firedBy === "inngest" ? "relay-outbox" : "outbox"} ${OUTBOX_SWEEP_CRON}`,
  ].sort();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("who fires the schedules", () => {
  it("by default Inngest's crons fire every job and the outbox sweep, and vercel.json has no crons", async () => {
    expect(await schedulesIn("inngest")).toEqual(everySchedule("inngest"));
  });

  it("with SCHEDULER=vercel, Vercel Cron fires them all and no Inngest function has a cron trigger", async () => {
    expect(await schedulesIn("vercel")).toEqual(everySchedule("vercel"));
  });

  it("each job can still be asked for by its event in both modes", async () => {
    for (const scheduler of ["inngest", "vercel"] as const) {
      vi.resetModules();
      vi.stubEnv("SCHEDULER", scheduler);
      const { functions } = await import("@/inngest/functions");
      for (const name of Object.keys(SCHEDULED_JOBS)) {
        const fn = functions.find((candidate) => candidate.id() === name);
        expect(fn?.opts.triggers?.some((trigger) => "event" in trigger)).toBe(true);
      }
    }
  });

  it("the committed vercel.json is the default mode's, which any Vercel plan deploys (no crons)", () => {
    expect(JSON.parse(readFileSync("vercel.json", "utf8"))).toEqual(vercelConfig("inngest"));
    expect(vercelConfig("inngest").crons).toEqual([]);
  });
});
