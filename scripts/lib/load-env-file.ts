// Loads .env (when there is one) into process.env before anything reads configuration. Import it
// first in every script: ES modules run their imports in order. `next dev`/`next start` load .env
// themselves; Prisma's CLI loads it through prisma.config.ts.
import { existsSync } from "node:fs";
import path from "node:path";

const file = path.resolve(import.meta.dirname, "../../.env");
if (existsSync(file)) process.loadEnvFile(file);
