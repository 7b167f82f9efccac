// Unit tests, and the integration suite run once on PGlite and once on PostgreSQL
// (the second only when TEST_DATABASE_URL is set).
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
const alias = { "~": path.join(root, "app") };

const integration = (name: string, engine: string) => ({
  extends: true as const,
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    env: { TEST_DB: engine },
  },
});

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test", PUBLIC_URL: "http://localhost:3000" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"] } },
      integration("integration:pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration:postgres", "postgres")] : []),
    ],
  },
});
