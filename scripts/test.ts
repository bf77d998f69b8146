/**
 * `npm test`: the whole suite. Builds the app, runs vitest (unit + integration, with coverage
 * thresholds) and then Playwright against the built app in the system Chromium.
 * Extra arguments: `--no-e2e` skips the browser tests (they need Chromium).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const skipE2e = process.argv.includes("--no-e2e");

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, VITE_CJS_IGNORE_WARNING: "true", ...env },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
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

run("build", bin("remix"), ["build"], { NODE_ENV: "production" });
run("unit and integration tests (vitest, with coverage)", bin("vitest"), ["run", "--coverage"]);
if (!skipE2e) {
  run("browser tests (Playwright, system Chromium)", bin("playwright"), ["test"], {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    CHROMIUM_PATH: chromium,
  });
}
console.log("\n✔ all tests passed");
