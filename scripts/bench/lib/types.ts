// The contract between `npm run bench` (scripts/bench.ts) and its bench modules
// (scripts/bench/<name>.ts, each with a default export of type TBench).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TDiscordStandIn } from "@/test-support/discord-stand-in";
import type { TResendStandIn } from "@/test-support/resend-stand-in";
import type { TSqlCounter } from "./sql-counter";

export type TBenchContext = {
  /** The app's own client (the one `@/lib/db` exports), with every SQL statement counted by `sql`. */
  db: PrismaClient;
  sql: TSqlCounter;
  databaseUrl: string;
  /** A progress line (data seeding, warm-up), printed dimmed while the bench runs. */
  log: (line: string) => void;
  /** The Resend stand-in RESEND_BASE_URL points at (reset before each bench; refuses beyond `resendRequestsPerSecond`). */
  resend: TResendStandIn;
  /** RESEND_REQUESTS_PER_SECOND as the app sees it, and the stand-in's limit. */
  resendRequestsPerSecond: number;
  /** The Discord stand-in; `discordWebhookUrl` (one of its webhooks) is DISCORD_WEBHOOK_URL, the platform channel. */
  discord: TDiscordStandIn;
  discordWebhookUrl: string;
};

/**
 * "target": a speed target — a miss is reported, never fails the run (a slow machine is not a bug).
 * "invariant": a property of the code (e.g. a constant number of queries) — a miss fails the run.
 */
export type TBenchCheck = { kind: "target" | "invariant"; label: string; isPass: boolean; detail: string };

export type TBenchResult = {
  /** Label → value lines of the report, in order. */
  rows: [label: string, value: string][];
  checks: TBenchCheck[];
};

export type TBench = {
  /** Short id, used to pick benches: `npm run bench -- rankings`. */
  name: string;
  title: string;
  run: (context: TBenchContext) => Promise<TBenchResult>;
};
