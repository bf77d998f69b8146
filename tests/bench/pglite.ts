/**
 * The PGlite baseline of `npm run bench`. PGlite is no longer in the product, so the last NEXUS
 * release whose embedded default was PGlite (BENCH_PGLITE_REF, `f493ef4^`) is checked out beside
 * this one as a temporary git worktree, on this checkout's node_modules (symlinked), and built;
 * the bench then starts and loads it like the current NEXUS, in the same run. The worktree is
 * removed however the run ends: `remove()`, or `removeAllCheckouts()` from a signal handler, and
 * a worktree a killed bench left behind is removed by the next run.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from "node:fs";
import path from "node:path";
import { processAlive } from "../../db/embedded.ts";
import { benchTempDir, repoRoot } from "./harness.ts";

/** The parent of the commit that made a real Postgres server the embedded default. */
export const DEFAULT_PGLITE_REF = "f493ef4^";

export interface Checkout {
  /** The ref asked for, and the commit it names. */
  ref: string;
  commit: string;
  short: string;
  /** The worktree: NEXUS's sources at that commit, with its build. */
  root: string;
  /** Dependencies it pins that this node_modules holds in another version (or not at all). */
  mismatches: string[];
  /** Removes the worktree and its folder (synchronous, safe to call twice). */
  remove(): void;
}

/** Every checkout not removed yet, for the signal handler. */
const checkouts = new Set<Checkout>();

const LOCK_REASON = (pid: number) => `npm run bench (pid ${pid})`;

function git(args: string[]): string {
  const result = spawnSync("git", args, { cwd: repoRoot, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `git ${args.join(" ")} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
    );
  }
  return result.stdout.trim();
}

/** Takes the worktree at `root` away: the node_modules link first, never what it points to. */
function removeWorktree(root: string): void {
  const link = path.join(root, "node_modules");
  try {
    if (lstatSync(link).isSymbolicLink()) unlinkSync(link);
  } catch {
    // Not there.
  }
  // Locked (by this run), with untracked files (its build): forced twice.
  const result = spawnSync("git", ["worktree", "remove", "--force", "--force", root], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    // A locked worktree is never pruned, even with its folder gone.
    spawnSync("git", ["worktree", "unlock", root], { cwd: repoRoot, stdio: "ignore" });
  }
  spawnSync("git", ["worktree", "prune"], { cwd: repoRoot, stdio: "ignore" });
}

/** Worktrees an earlier bench made and could not remove (it was killed): their bench is gone. */
function removeLeftovers(log: (line: string) => void): void {
  let listing: string;
  try {
    listing = git(["worktree", "list", "--porcelain"]);
  } catch {
    return;
  }
  for (const block of listing.split("\n\n")) {
    const root = /^worktree (.+)$/m.exec(block)?.[1];
    const owner = /^locked npm run bench \(pid (\d+)\)$/m.exec(block)?.[1];
    if (!root || !owner || processAlive(Number(owner))) continue;
    log(`removing the PGlite worktree an earlier bench left: ${root}`);
    removeWorktree(root);
    const parent = path.dirname(root);
    if (/^nexus-bench-\d+-pglite-/.test(path.basename(parent))) {
      rmSync(parent, { recursive: true, force: true });
    }
  }
}

/** Pinned versions of `root`'s package.json that `root`/node_modules does not hold. */
function dependencyMismatches(root: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const wanted = { ...manifest.dependencies, ...manifest.devDependencies };
  const mismatches: string[] = [];
  for (const [name, version] of Object.entries(wanted)) {
    let installed: string | undefined;
    try {
      installed = (
        JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as {
          version?: string;
        }
      ).version;
    } catch {
      installed = undefined;
    }
    if (installed === undefined) mismatches.push(`${name} ${version} (not installed)`);
    // Exact pins only: a range would need semver to judge.
    else if (/^\d[\w.+-]*$/.test(version) && installed !== version) {
      mismatches.push(`${name} ${version} (${installed} installed)`);
    }
  }
  return mismatches;
}

/**
 * Checks out `ref` (BENCH_PGLITE_REF, else DEFAULT_PGLITE_REF) as a temporary worktree on this
 * checkout's node_modules and builds it (`remix build`, NODE_ENV=production). Throws, with the
 * worktree removed again, when any step fails.
 */
export function checkOutPgliteRelease(log: (line: string) => void): Checkout {
  const ref = process.env.BENCH_PGLITE_REF?.trim() || DEFAULT_PGLITE_REF;
  removeLeftovers(log);
  const commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const short = commit.slice(0, 7);
  const parent = benchTempDir("pglite");
  const root = path.join(parent, "nexus");
  let removed = false;
  const checkout: Checkout = {
    ref,
    commit,
    short,
    root,
    mismatches: [],
    remove() {
      if (removed) return;
      removed = true;
      checkouts.delete(checkout);
      if (existsSync(root)) removeWorktree(root);
      rmSync(parent, { recursive: true, force: true });
    },
  };
  checkouts.add(checkout);
  try {
    log(`checking out ${ref} (${short}) as a temporary worktree for the PGlite baseline`);
    git([
      "worktree",
      "add",
      "--detach",
      "--lock",
      "--reason",
      LOCK_REASON(process.pid),
      root,
      commit,
    ]);
    // The real folder, not a link to a link (this checkout's node_modules may be one itself).
    symlinkSync(realpathSync(path.join(repoRoot, "node_modules")), path.join(root, "node_modules"));
    if (!existsSync(path.join(root, "node_modules/@electric-sql/pglite/package.json"))) {
      throw new Error("node_modules has no @electric-sql/pglite, which the PGlite release needs");
    }
    checkout.mismatches = dependencyMismatches(root);
    if (checkout.mismatches.length > 0) {
      log(`the PGlite release runs on other versions of: ${checkout.mismatches.join(", ")}`);
    }
    log(`building ${short} (remix build)`);
    const build = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production", VITE_CJS_IGNORE_WARNING: "true" },
    });
    if (build.status !== 0) {
      throw new Error(
        `remix build of ${short} failed:\n${build.stdout}${build.stderr}${build.error ?? ""}`,
      );
    }
    return checkout;
  } catch (error) {
    checkout.remove();
    throw error;
  }
}

/** Removes every checkout still there (synchronous: for a signal handler). */
export function removeAllCheckouts(): void {
  for (const checkout of [...checkouts]) checkout.remove();
}
