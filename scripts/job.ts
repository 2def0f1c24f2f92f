// `npm run job -- <job> [options]` — the seed's management commands: runs a job in this process
// (same lib function as the Inngest function, recorded as an AutomationRun with trigger CLI) and
// prints its result. Exit code 1 when it fails.
import "./lib/load-env-file";
import { parseArgs } from "node:util";
import { ensureDatabase } from "./lib/ensure-database";
import { formatJobResult } from "./lib/format-job-result";

type TCommand = { usage: string; description: string; run: (positionals: string[], options: TOptions) => Promise<unknown> };
type TOptions = { "tournament-id"?: string; "sponsors-only"?: boolean; "promotions-only"?: boolean; days?: string };

const COMMANDS: Record<string, TCommand> = {
  "recompute-rankings": {
    usage: "recompute-rankings [--tournament-id ID]",
    description: "Recompute points, W/D/L and ranks (only the teams of one tournament with --tournament-id)",
    run: async (_args, options) => {
      const { runRecomputeRankings } = await import("@/lib/automation/scheduled-jobs");
      return runRecomputeRankings({ tournamentId: options["tournament-id"] ?? null, trigger: "CLI" });
    },
  },
  "distribute-payouts": {
    usage: "distribute-payouts <tournamentId>",
    description: "Pay places 1–3 of a completed tournament (exactly once)",
    run: async ([tournamentId]) => {
      if (!tournamentId) throw new Error("distribute-payouts needs the tournament id: npm run job -- distribute-payouts <tournamentId>");
      const [{ runJob }, { distributePayouts }] = await Promise.all([import("@/lib/automation/run-job"), import("@/lib/payouts/distribute-payouts")]);
      return runJob({ job: "distribute-payouts", trigger: "CLI" }, ({ runId }) => distributePayouts({ tournamentId, runId }));
    },
  },
  "wrap-up": {
    usage: "wrap-up",
    description: "Completed tournaments not yet wrapped up → request rankings and payouts",
    run: () => runScheduled("tournament-wrapup"),
  },
  "expire-invites": {
    usage: "expire-invites",
    description: "PENDING team invites older than 7 days → EXPIRED",
    run: () => runScheduled("expire-invites"),
  },
  "process-sponsorships": {
    usage: "process-sponsorships [--sponsors-only | --promotions-only]",
    description: "Expire ended sponsorships; start and expire promotions",
    run: async (_args, options) => {
      if (options["sponsors-only"] && options["promotions-only"]) throw new Error("Use --sponsors-only or --promotions-only, not both.");
      return {
        ...(options["promotions-only"] ? {} : { sponsors: await runScheduled("expire-sponsors") }),
        ...(options["sponsors-only"] ? {} : { promotions: await runScheduled("process-promotions") }),
      };
    },
  },
  "send-digests": {
    usage: "send-digests",
    description: "Send the daily digests that are due now (each user's local digest time)",
    run: async () => {
      const [{ runJob }, { sendDueDigests }] = await Promise.all([import("@/lib/automation/run-job"), import("@/lib/notifications/digest/schedule-digests")]);
      return runJob({ job: "send-digests", trigger: "CLI" }, () => sendDueDigests());
    },
  },
  "cleanup-notifications": {
    usage: "cleanup-notifications [--days 90]",
    description: "Delete read notifications older than N days (unread are kept)",
    run: async (_args, options) => {
      const days = Number(options.days ?? 90);
      if (!Number.isInteger(days) || days < 1) throw new Error(`--days must be a whole number of at least 1 (got ${options.days}).`);
      const [{ runJob }, { cleanupNotifications }] = await Promise.all([import("@/lib/automation/run-job"), import("@/lib/notifications/cleanup-notifications")]);
      return runJob({ job: "cleanup-notifications", trigger: "CLI" }, () => cleanupNotifications({ days }));
    },
  },
};

async function runScheduled(name: "tournament-wrapup" | "expire-invites" | "expire-sponsors" | "process-promotions") {
  const { runScheduledJob } = await import("@/lib/automation/scheduled-jobs");
  return runScheduledJob(name, "CLI");
}

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
  const command = COMMANDS[name];
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
    const { db } = await import("@/lib/db");
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
