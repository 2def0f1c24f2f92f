// After `next build`: the standalone server (.next/standalone/server.js) serves static files only
// from beside itself, and Next leaves copying them to us (.next/static, public/).
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const STANDALONE = path.join(ROOT, ".next/standalone");

if (!existsSync(path.join(STANDALONE, "server.js"))) {
  console.error('✖ .next/standalone/server.js is missing: next.config.ts must set output: "standalone".');
  process.exit(1);
}
cpSync(path.join(ROOT, ".next/static"), path.join(STANDALONE, ".next/static"), { recursive: true });
if (existsSync(path.join(ROOT, "public"))) {
  cpSync(path.join(ROOT, "public"), path.join(STANDALONE, "public"), { recursive: true });
}
console.log("Standalone server ready: node .next/standalone/server.js");
