import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Mirrors package.json "imports" so tests import exactly as the app does.
    alias: [{ find: /^#(app|db|party|tests)\/(.*)$/, replacement: `${import.meta.dirname}/$1/$2` }],
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Hang detectors, not speed goals (those are `npm run bench`): wide enough that a busy
    // two-core machine does not trip them. Tests that do heavy work say so with their own.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Closing down (the global teardown stops PartyKit) is slow on a busy machine too.
    teardownTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    coverage: {
      provider: "v8",
      // party/ runs inside workerd (partykit dev), where coverage cannot follow; its tests are
      // end to end through the real PartyKit.
      // The HTTP tests run the server build (what `npm start` runs): its source map carries
      // the coverage back to the files in app/, which the include and exclude then apply to.
      include: ["app/**/*.server.ts", "app/routes/api.*.ts", "db/**/*.ts", "build/server/index.js"],
      exclude: ["db/cli.ts", "db/seed.ts"],
      excludeAfterRemap: true,
      reporter: ["text-summary", "text"],
      thresholds: { lines: 80 },
    },
  },
});
