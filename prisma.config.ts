// Prisma CLI configuration: the JavaScript schema engine over the pg driver adapter, so no native
// engine is downloaded. Prisma skips .env loading when this file exists, so it loads .env itself.
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

if (existsSync(".env")) process.loadEnvFile(".env");
// `prisma generate` needs DATABASE_URL to be set (any value) or it falls back to downloading engines.
const connectionString = (process.env.DATABASE_URL ??= "postgresql://placeholder@localhost:54329/placeholder");

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString, allowExitOnIdle: true }),
});
