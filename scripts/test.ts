/**
 * `npm test`: the whole suite. Builds the app, runs vitest (unit + integration, with coverage
 * thresholds) and then Playwright against the built app in the system Chromium, which runs even
 * when vitest failed; a summary of both closes the run, and it fails if either did.
 * Extra arguments: `--no-e2e` skips the browser tests (they need Chromium).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../tests/support/ports.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const skipE2e = process.argv.includes("--no-e2e");

let current: ChildProcess | undefined;
// Stopped from outside (Ctrl-C, a CI time limit): pass it on, so the step can end its own
// servers, browsers and PartyKit instead of leaving them behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exitCode = 1;
  });
}

/** Runs one step; resolves with how it ended (`null` when it passed). */
function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string | null> {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, VITE_CJS_IGNORE_WARNING: "true", ...env },
    });
    current = child;
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => {
      current = undefined;
      const outcome = code === 0 ? null : signal ? `ended by ${signal}` : `exit ${code}`;
      if (outcome) console.error(`\n✖ ${label} failed (${outcome})`);
      resolve(outcome);
    });
  });
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!skipE2e && !existsSync(chromium)) {
  console.error(
    [
      `No Chromium at ${chromium}: the browser tests need one, and nothing here downloads a browser.`,
      "Install Debian's:   sudo apt-get install -y chromium",
      "or point CHROMIUM_PATH at an installed Chromium or Chrome,",
      "or run `npm test -- --no-e2e` to skip the browser tests.",
    ].join("\n"),
  );
  process.exit(1);
}

// Without a build neither suite can run: stop here.
// The same build `npm run build` makes (a server source map, which coverage follows back to app/).
const built = await run("build", process.execPath, ["scripts/start.mjs", "build"]);
if (built) process.exit(1);

// The browser tests run whatever vitest said: one run shows every failure, not just the first
// suite's. Each suite's line: "passed", "failed (exit 1)", or why it did not run.
const summary: string[] = [];
let failed = false;
const vitest = await run("unit and integration tests (vitest, with coverage)", bin("vitest"), [
  "run",
  "--coverage",
]);
summary.push(`vitest: ${vitest ? `failed (${vitest})` : "passed"}`);
failed ||= vitest !== null;
if (skipE2e) {
  summary.push("browser tests: skipped (--no-e2e)");
} else if (process.exitCode) {
  // Stopped from outside while vitest ran: do not start another suite.
  summary.push("browser tests: not run (stopped)");
} else {
  const browser = await run(
    "browser tests (Playwright, system Chromium)",
    bin("playwright"),
    ["test"],
    {
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      CHROMIUM_PATH: chromium,
      // Ports free right now, chosen here once (the config is read again by every worker), so
      // two runs on one machine do not collide; E2E_PORT / E2E_PARTYKIT_PORT still choose.
      E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
      E2E_PARTYKIT_PORT: process.env.E2E_PARTYKIT_PORT ?? String(await freePort()),
    },
  );
  summary.push(`browser tests: ${browser ? `failed (${browser})` : "passed"}`);
  failed ||= browser !== null;
}

console.log(`\n${summary.join("; ")}`);
if (failed || process.exitCode) {
  console.error("✖ the test run failed");
  process.exit(1);
}
console.log("✔ all tests passed");
