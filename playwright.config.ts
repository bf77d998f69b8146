import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STATE } from "./tests/e2e/support/accounts.ts";

/**
 * Browser tests against the real built app on embedded defaults (the embedded Postgres, the
 * in-process cache, `partykit dev` started by server.ts); `npm test` picks free ports for it.
 * Chromium comes from the system (Debian's `chromium`); nothing here downloads a browser: run
 * with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1.
 *
 * A fresh server has no accounts. The "setup" project (tests/e2e/auth.setup.ts) performs the
 * first-run onboarding through the UI and saves the admin's session; every other spec depends on
 * it and starts signed in as that admin (specs that need to be signed out say so).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const partykitPort = Number(process.env.E2E_PARTYKIT_PORT ?? 2210);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  forbidOnly: ci,
  // No retries: a retry that passes would hide a real failure behind a green run.
  retries: 0,
  workers: 2,
  reporter: "list",
  // Hang detectors sized for a busy two-core machine (the server, PartyKit and two browsers
  // share it); speed goals live in `npm run bench`.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
  },
  projects: [
    {
      // The first-run onboarding (once per server): creates the admin and saves their session.
      name: "setup",
      testMatch: /auth\.setup\.ts$/,
      use: chromium,
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: /(emergency|flags)\.spec\.ts$/,
      use: { ...chromium, storageState: ADMIN_STATE },
    },
    {
      // Pauses all AI work and switches flags for a moment: only once nothing else runs.
      name: "emergency",
      dependencies: ["chromium"],
      testMatch: /(emergency|flags)\.spec\.ts$/,
      use: { ...chromium, storageState: ADMIN_STATE },
    },
  ],
  webServer: {
    // The wrapper runs `node --import tsx server.ts` from the repository root with a fresh
    // temporary NEXUS_DATA_DIR and removes that folder once the server has stopped. server.ts
    // builds the app first when the build is missing or stale, hence the generous timeout.
    command: "node --import tsx tests/e2e/support/web-server.ts",
    url: `${baseURL}/api/v1/ready`,
    // Never reuse a running server: onboarding happens once per server, so the suite needs a
    // fresh one (with its own empty data folder) every run.
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM lets server.ts drain and stop its partykit child (no workerd left behind).
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      HOST: "127.0.0.1",
      PORT: String(port),
      PARTYKIT_PORT: String(partykitPort),
      NODE_ENV: "production",
      // Samples every second, so live figures show up within the tests' patience.
      METRICS_INTERVAL_MS: "1000",
      LOG_LEVEL: "warn",
      // Embedded defaults, whatever the calling shell has set.
      DATABASE_URL: "",
      NEON_WS_PROXY: "",
      UPSTASH_REDIS_REST_URL: "",
      UPSTASH_REDIS_REST_TOKEN: "",
      PARTYKIT_HOST: "",
      SESSION_SECRET: "",
      REALTIME_SECRET: "",
      REALTIME_PUSH_SECRET: "",
    },
  },
});
