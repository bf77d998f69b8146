/**
 * `npm run audit`: fails on high and critical advisories in production dependencies
 * (`npm audit --omit=dev`), except those listed, with a reason and an expiry date, in
 * `.ci/audit-allowlist.json` (docs/decisions/035-audit-and-security-checks.md).
 *
 * Exit codes: 0 clean (or only allowed advisories), 1 advisories to fix (or an expired allowance),
 * 2 the registry's audit endpoint did not answer: nothing was checked. `--allow-unreachable` turns
 * that last case into a loud notice and exit 0, for machines whose registry mirror has no audit
 * endpoint.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Allowance {
  /** The advisory's GHSA id or URL, as `npm audit` names it. */
  advisory: string;
  package: string;
  reason: string;
  /** YYYY-MM-DD: after this day the allowance no longer holds and the audit fails again. */
  expires: string;
}

export interface Advisory {
  package: string;
  severity: string;
  title: string;
  url: string;
}

interface AuditVia {
  source?: number;
  name?: string;
  title?: string;
  url?: string;
  severity?: string;
}

export interface AuditReport {
  vulnerabilities?: Record<string, { name: string; severity: string; via: (AuditVia | string)[] }>;
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
}

const BLOCKING = new Set(["high", "critical"]);

const ghsa = (url: string) => /GHSA-[\w-]+/.exec(url)?.[0] ?? url;

/** High and critical advisories in the report, one per advisory and package. */
export function advisoriesOf(report: AuditReport): Advisory[] {
  const out = new Map<string, Advisory>();
  for (const vulnerability of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via) {
      // A string names the dependency the advisory came through; it is listed under its own name.
      if (typeof via === "string") continue;
      const severity = via.severity ?? vulnerability.severity;
      if (!BLOCKING.has(severity)) continue;
      const url = via.url ?? String(via.source ?? "");
      const pkg = via.name ?? vulnerability.name;
      out.set(`${ghsa(url)}:${pkg}`, { package: pkg, severity, title: via.title ?? "", url });
    }
  }
  return [...out.values()];
}

export interface Verdict {
  blocking: Advisory[];
  allowed: Advisory[];
  expired: Allowance[];
  unused: Allowance[];
}

export function evaluate(report: AuditReport, allowlist: Allowance[], today: string): Verdict {
  const advisories = advisoriesOf(report);
  const expired = allowlist.filter((a) => a.expires < today);
  const live = allowlist.filter((a) => a.expires >= today);
  const matches = (advisory: Advisory, allowance: Allowance) =>
    ghsa(allowance.advisory) === ghsa(advisory.url) && allowance.package === advisory.package;
  const allowed = advisories.filter((adv) => live.some((a) => matches(adv, a)));
  return {
    blocking: advisories.filter((adv) => !allowed.includes(adv)),
    allowed,
    expired,
    unused: live.filter((a) => !advisories.some((adv) => matches(adv, a))),
  };
}

/** Whether `npm audit` produced a report at all (the endpoint answered). */
export function reachedRegistry(report: AuditReport): boolean {
  return report.vulnerabilities !== undefined && report.error === undefined;
}

function main() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const allowUnreachable = process.argv.includes("--allow-unreachable");
  const allowlist = JSON.parse(
    readFileSync(path.join(root, ".ci/audit-allowlist.json"), "utf8"),
  ) as { allow: Allowance[] };
  const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: AuditReport;
  try {
    report = JSON.parse(result.stdout || "{}") as AuditReport;
  } catch {
    report = { message: result.stdout.slice(0, 500) };
  }
  if (!reachedRegistry(report)) {
    const why =
      report.message ??
      report.error?.summary ??
      (result.stderr.trim().split("\n").at(-1) || "no answer");
    const text = `audit: NOT CHECKED: the registry's audit endpoint did not answer (${why}).`;
    if (allowUnreachable) {
      console.warn(`${text}\naudit: --allow-unreachable given: carrying on without an audit.`);
      process.exit(0);
    }
    console.error(`${text}\naudit: run it where the npm registry's audit endpoint is reachable.`);
    process.exit(2);
  }
  const verdict = evaluate(report, allowlist.allow, new Date().toISOString().slice(0, 10));
  for (const a of verdict.allowed) {
    console.log(`audit: allowed ${a.severity} ${a.package}: ${a.title} (${a.url})`);
  }
  for (const a of verdict.unused) {
    console.log(
      `audit: the allowance for ${a.package} ${a.advisory} matches nothing now: remove it`,
    );
  }
  for (const a of verdict.expired) {
    console.error(`audit: the allowance for ${a.package} ${a.advisory} expired on ${a.expires}`);
  }
  for (const a of verdict.blocking) {
    console.error(`audit: ${a.severity} ${a.package}: ${a.title} (${a.url})`);
  }
  if (verdict.blocking.length > 0 || verdict.expired.length > 0) {
    console.error(
      `audit: ${verdict.blocking.length} high or critical advisories in production dependencies. Upgrade, or allow one in .ci/audit-allowlist.json with a reason and an expiry.`,
    );
    process.exit(1);
  }
  console.log("audit: no high or critical advisories in production dependencies");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
