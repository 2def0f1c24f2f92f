// Configuration as production will read it (lib/env.ts's rules with NODE_ENV=production), plus what
// those rules cannot know: that links must not point at this machine, and that a test sender only
// reaches its owner.
import { parseEnv, type TEnv } from "@/lib/env";
import { fail, pass, warn, type TCheck } from "./check";

type TSource = Record<string, string | undefined>;
const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];
const TEST_SENDER_DOMAIN = /@(resend\.dev|[^>]*\.(test|example|invalid|localhost))>?$/i;

/** The production configuration, or null when it is invalid (each invalid variable is a blocker). */
export function checkConfiguration(source: TSource): { env: TEnv | null; checks: TCheck[] } {
  let env: TEnv;
  try {
    env = parseEnv({ ...source, NODE_ENV: "production", NEXT_PHASE: undefined });
  } catch (error) {
    const problems = (error as Error).message
      .split("\n")
      .filter((line) => line.startsWith("  - "))
      .map((line) => line.slice(4));
    return {
      env: null,
      checks: problems.map((problem) =>
        fail(
          `Configuration ${problem.split(" ")[0]}`,
          problem,
          "set it in the deployment's environment (see .env.example)",
        ),
      ),
    };
  }
  const checks = [pass("Configuration", "every variable production requires is set and valid")];
  const appHost = new URL(env.APP_URL).hostname;
  if (LOOPBACK.includes(appHost)) {
    checks.push(
      warn(
        "APP_URL",
        `${env.APP_URL} is this machine: links in emails and Discord posts will not reach anyone`,
        "set APP_URL to the public https URL of the deployment",
      ),
    );
  }
  if (TEST_SENDER_DOMAIN.test(env.EMAIL_FROM)) {
    checks.push(
      warn(
        "EMAIL_FROM",
        `${env.EMAIL_FROM} is a test sender: Resend delivers it to your own address only`,
        "verify your domain in Resend (Domains) and send from an address on it",
      ),
    );
  }
  return { env, checks };
}
