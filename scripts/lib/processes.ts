// Child processes of the dev launcher and a single clean shutdown on Ctrl-C / SIGTERM.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const children = new Set<ChildProcess>();
let shuttingDown = false;

/** Starts a child process whose output is prefixed; it is stopped on shutdown. */
export function startChild(label: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  children.add(child);
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => `[${label}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", () => children.delete(child));
  return child;
}

/** Runs `cleanup` once on SIGINT/SIGTERM after stopping every child, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log("\nStopping …");
    await Promise.all([...children].map(stopChild));
    await cleanup();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
