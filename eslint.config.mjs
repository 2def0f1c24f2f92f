import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  // The rooms and the arrows between them (ARCHITECTURE.md). Tests may reach anywhere.
  ...layer("lib/**", "lib/ holds the rules: it never imports routes, UI, Inngest functions, scripts or test helpers", [
    "@/app/*",
    "@/components/*",
    "@/inngest/functions/*",
    "@/scripts/*",
    "@/test-support/*",
  ]),
  ...layer("emails/**", "email templates never import routes", ["@/app/*"]),
  ...layer("components/**", "UI never imports scripts or test helpers", ["@/scripts/*", "@/test-support/*"]),
  ...layer("inngest/**", "Inngest functions never import routes or UI", ["@/app/*", "@/components/*"]),
  ...layer("app/api/**", "route handlers never import UI (view models belong in lib/)", ["@/components/*"]),
]);

/** A layer rule: files under `files` (tests excepted) may not import `patterns`. */
function layer(files, message, patterns) {
  return [
    {
      files: [files],
      ignores: ["**/*.test.ts", "**/*.test.tsx"],
      rules: { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] },
    },
  ];
}
