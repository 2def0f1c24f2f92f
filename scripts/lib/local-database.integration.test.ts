import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "@/test-support/free-port";
import { startLocalDatabase } from "./local-database";

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "local-db-"));
  chmodSync(dir, 0o755);
  return dir;
}

describe("the embedded PostgreSQL", () => {
  it("says clearly when another program holds the port", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    try {
      await expect(
        startLocalDatabase({ dataDir: path.join(tempDir(), "pg"), port, database: "app", persistent: false }),
      ).rejects.toThrow(`Port ${port} is taken by another program`);
    } finally {
      blocker.close();
    }
  });

  it("does not take over another PostgreSQL's port", async () => {
    const port = inject("pgPort"); // the suite's own server, with another data dir
    await expect(
      startLocalDatabase({ dataDir: path.join(tempDir(), "pg"), port, database: "app", persistent: false }),
    ).rejects.toThrow(/choose another port with EMBEDDED_PG_PORT=<port>, or use your own database with DATABASE_URL/);
  });

  it("refuses a data dir that holds something other than a PostgreSQL cluster", async () => {
    const dataDir = path.join(tempDir(), "pg");
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "notes.txt"), "not a database");
    await expect(
      startLocalDatabase({ dataDir, port: await freePort(), database: "app", persistent: false }),
    ).rejects.toThrow(`${dataDir} is not empty and is not a PostgreSQL data directory`);
  });

  it("refuses a cluster of another PostgreSQL version", async () => {
    const dataDir = path.join(tempDir(), "pg");
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "PG_VERSION"), "15\n");
    await expect(
      startLocalDatabase({ dataDir, port: await freePort(), database: "app", persistent: false }),
    ).rejects.toThrow("holds a PostgreSQL 15 cluster; this project runs PostgreSQL 18");
  });

  it("starts, keeps data across restarts, and is reused by a second process while running", async () => {
    const dataDir = path.join(tempDir(), "pg");
    const port = await freePort();
    const first = await startLocalDatabase({ dataDir, port, database: "app", persistent: true });
    try {
      expect(first.isOwner).toBe(true);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
      await client.end();

      const second = await startLocalDatabase({ dataDir, port, database: "app", persistent: true });
      expect(second.isOwner).toBe(false);
      expect(second.url).toBe(first.url);
    } finally {
      await first.stop();
    }

    const restarted = await startLocalDatabase({ dataDir, port, database: "app", persistent: false });
    try {
      const client = new pg.Client({ connectionString: restarted.url });
      await client.connect();
      expect((await client.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
      await client.end();
    } finally {
      await restarted.stop();
    }
  }, 60_000);
});
