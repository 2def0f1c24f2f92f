// `npm run job -- <job> [options]` — the specification's management commands: runs a job in this
// process (the same lib function as its Inngest function, recorded as an AutomationRun with trigger
// CLI) and prints its result. Exit code 1 when it fails. A command's name is its job's name: one per
// scheduled job of lib/automation/scheduled-jobs.ts, plus the jobs that run on request only.
import "./lib/load-env-file";
import { parseArgs } from "node:util";
import { runJob } from "@/lib/automation/run-job";
import {
  SCHEDULED_JOBS,
  isScheduledJobName,
  runRecomputeRankings,
  runScheduledJob,
  type TScheduledJobName,
} from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import { cleanupNotifications } from "@/lib/notifications/cleanup";
import { env } from "@/lib/env";
import { sendDueDigests } from "@/lib/notifications/digest/schedule-digests";
import { runDistributePayouts } from "@/lib/payouts/run-distribute-payouts";
import { ensureDatabase } from "./lib/ensure-database";
import { formatJobResult } from "./lib/format-job-result";

type TOptions = { "tournament-id"?: string; "sponsors-only"?: boolean; "promotions-only"?: boolean; days?: string };
type TCommand = {
  usage: string;
  description: string;
  run: (positionals: string[], options: TOptions) => Promise<unknown>;
};

/** Scheduled jobs that take options here; every other one runs as its cron tick would. */
const WITH_OPTIONS: Partial<Record<TScheduledJobName, Omit<TCommand, "description"> & { note: string }>> = {
  "recompute-rankings": {
    usage: "recompute-rankings [--tournament-id ID]",
    note: "--tournament-id: only the teams of that tournament",
    run: (_args, options) => runRecomputeRankings({ tournamentId: options["tournament-id"] ?? null, trigger: "CLI" }),
  },
  cleanup: {
    usage: `cleanup [--days ${env.RETENTION_DAYS}]`,
    note: "--days: another age",
    run: (_args, options) => {
      const days = Number(options.days ?? env.RETENTION_DAYS);
      if (!Number.isInteger(days) || days < 1)
        throw new Error(`--days must be a whole number of at least 1 (got ${options.days}).`);
      return runJob({ job: "cleanup", trigger: "CLI" }, () => cleanupNotifications({ days }));
    },
  },
};

const scheduledCommands = Object.keys(SCHEDULED_JOBS)
  .filter(isScheduledJobName)
  .map((name): [string, TCommand] => {
    const { description } = SCHEDULED_JOBS[name];
    const custom = WITH_OPTIONS[name];
    if (!custom) return [name, { usage: name, description, run: () => runScheduledJob(name, "CLI") }];
    return [name, { usage: custom.usage, description: `${description}; ${custom.note}`, run: custom.run }];
  });

const COMMANDS: Record<string, TCommand> = {
  ...Object.fromEntries(scheduledCommands),
  // On request only (an Inngest function each, no cron).
  "distribute-payouts": {
    usage: "distribute-payouts <tournamentId>",
    description: "Pay the podium of a completed tournament (exactly once)",
    run: ([tournamentId]) => {
      if (!tournamentId)
        throw new Error("distribute-payouts needs the tournament id: npm run job -- distribute-payouts <tournamentId>");
      return runDistributePayouts({ tournamentId, trigger: "CLI" });
    },
  },
  "send-digests": {
    usage: "send-digests",
    description: "Send the digests due now right here (schedule-digests queues them for Inngest instead)",
    run: () => runJob({ job: "send-digests", trigger: "CLI" }, () => sendDueDigests()),
  },
  // The specification's name for expire-sponsors and process-promotions together.
  "process-sponsorships": {
    usage: "process-sponsorships [--sponsors-only | --promotions-only]",
    description: "expire-sponsors, then process-promotions",
    run: async (_args, options) => {
      if (options["sponsors-only"] && options["promotions-only"])
        throw new Error("Use --sponsors-only or --promotions-only, not both.");
      return {
        ...(options["promotions-only"] ? {} : { sponsors: await runScheduledJob("expire-sponsors", "CLI") }),
        ...(options["sponsors-only"] ? {} : { promotions: await runScheduledJob("process-promotions", "CLI") }),
      };
    },
  },
};

function help(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));
  return [
    "Usage: npm run job -- <job> [options] [--json]",
    "",
    "Jobs:",
    ...Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(width)}  ${command.description}`),
    "",
    "Options:",
    "  --json   print the result as JSON",
    "  --help   show this help",
  ].join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      "tournament-id": { type: "string" },
      "sponsors-only": { type: "boolean" },
      "promotions-only": { type: "boolean" },
      days: { type: "string" },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || !name) {
    console.log(help());
    return values.help ? 0 : 1;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Unknown job "${name}".\n\n${help()}`);
    return 1;
  }
  const database = await ensureDatabase(values.json ? () => {} : console.log);
  try {
    const result = await command.run(args, values);
    console.log(values.json ? JSON.stringify(result, null, 2) : formatJobResult(name, result));
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
