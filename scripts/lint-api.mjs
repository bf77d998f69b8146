// `npm run lint:api`: the OpenAPI document NEXUS serves, linted as integrators' tools read it.
// Spectral (`spectral:oas`) and Redocly (`recommended`, redocly.yaml) both fail on warnings.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const file = path.join(root, "build/openapi.json");
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, encoding: "utf8", ...options });

const written = run(process.execPath, ["scripts/openapi.mjs", file], { stdio: "inherit" });
if (written.status !== 0) process.exit(written.status ?? 1);

const spectral = run(bin("spectral"), ["lint", file, "--fail-severity=warn"], { stdio: "inherit" });

const redocly = run(bin("redocly"), ["lint", file, "--format=json"]);
let report;
try {
  report = JSON.parse(redocly.stdout);
} catch {
  process.stderr.write(redocly.stdout + redocly.stderr);
  process.exit(1);
}
for (const problem of report.problems) {
  const where = problem.location?.[0]?.pointer ?? "";
  console.log(`redocly ${problem.severity} ${problem.ruleId} ${where}: ${problem.message}`);
}
const { errors, warnings } = report.totals;
console.log(`redocly: ${errors} errors, ${warnings} warnings`);
process.exit(spectral.status !== 0 || errors + warnings > 0 ? 1 : 0);
