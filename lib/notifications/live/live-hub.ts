// One LISTEN connection per server process, fanning notification changes out to that process's
// subscribers (the open notification streams) — never a query per connected client per tick. It also
// keeps a version per user (bumped on every change it hears), so the summary can answer
// "nothing changed" (304) without reading the notification tables. A new epoch starts whenever the
// connection (re)starts: changes missed while it was down can then never match an old ETag.
// Written on `pg` directly: the connection, a reconnect with backoff and a Map is all it takes
// (pg-listen adds little over this and has not been released since 2024).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { env } from "@/lib/env";
import { utcConnectionString } from "@/lib/postgres/utc-connection-string";
import { LIVE_CHANNEL } from "./announce-changes";

type TListener = () => void;
const MAX_BACKOFF_MS = 30_000;

export class LiveHub {
  epoch = randomUUID().slice(0, 8);
  isListening = false;
  private versions = new Map<string, number>();
  private listeners = new Map<string, Set<TListener>>();
  private client: pg.Client | null = null;
  private starting: Promise<void> | null = null;
  private backoffMs = 1_000;
  private isStopped = false;

  /** The connection string must reach PostgreSQL itself: LISTEN does not pass a transaction-mode pooler. */
  constructor(private readonly connectionString: string) {}

  /** Starts listening (once); resolves when LISTEN is in place, or when the attempt failed (it retries). */
  start(): Promise<void> {
    this.starting ??= this.connect();
    return this.starting;
  }

  version(userId: string): number {
    return this.versions.get(userId) ?? 0;
  }

  subscribe(userId: string, listener: TListener): () => void {
    const set = this.listeners.get(userId) ?? new Set<TListener>();
    set.add(listener);
    this.listeners.set(userId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }

  get subscriberCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    this.isListening = false;
    await this.client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: utcConnectionString(this.connectionString) });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) this.changed(message.payload.split(","));
    });
    client.on("error", (error) => console.error("Live notifications listener:", error.message));
    client.on("end", () => {
      if (this.client === client) this.restart();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.isListening = true;
      this.backoffMs = 1_000;
    } catch (error) {
      console.error("Live notifications listener could not start:", (error as Error).message);
      this.client = null;
      await client.end().catch(() => {});
      this.restart();
    }
  }

  private restart(): void {
    if (this.isStopped) return;
    this.client = null;
    this.isListening = false;
    this.epoch = randomUUID().slice(0, 8);
    this.versions.clear();
    // Subscribers missed whatever happened meanwhile: tell them to look again once we are back.
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    setTimeout(() => {
      this.starting = this.connect().then(() => this.changed([...this.listeners.keys()]));
    }, delay).unref();
  }

  private changed(userIds: readonly string[]): void {
    for (const userId of userIds) {
      this.versions.set(userId, this.version(userId) + 1);
      for (const listener of this.listeners.get(userId) ?? []) listener();
    }
  }
}

const globalForHub = globalThis as unknown as { deltacrownLiveHub?: LiveHub };

/** This process's hub, listening from the first call on. */
export async function getLiveHub(): Promise<LiveHub> {
  globalForHub.deltacrownLiveHub ??= new LiveHub(env.DIRECT_URL);
  await globalForHub.deltacrownLiveHub.start();
  return globalForHub.deltacrownLiveHub;
}

/** Closes this process's hub, if it was started (tests, before their database goes away). */
export async function stopLiveHub(): Promise<void> {
  await globalForHub.deltacrownLiveHub?.stop();
  globalForHub.deltacrownLiveHub = undefined;
}
