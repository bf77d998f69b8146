/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package,
 * highest first. `node --import tsx scripts/profile-summary.ts <file.cpuprofile> [rows] [last-seconds]`
 * (last-seconds: only the end of the profile, e.g. the load after a server started).
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `lastSeconds`: only the samples of the profile's last seconds (the load, not the start). */
export function summarise(profile: Profile, lastSeconds = Number.POSITIVE_INFINITY) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const at: number[] = [];
  let t = 0;
  for (const delta of profile.timeDeltas) {
    t += delta;
    at.push(t);
  }
  const from = t - lastSeconds * 1e6;
  profile.samples.forEach((id, i) => {
    if (at[i]! < from) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^file:\/\//, "").replace(/^.*\/wt-[^/]+\//, "");
    const fn = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      (file.startsWith("node:") ? "node:*" : file === "" ? functionName || "(native)" : file);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, functions: rank(fns), packages: rank(packages) };
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [rows]");
  const rows = Number(process.argv[3] ?? 40);
  const last = process.argv[4] ? Number(process.argv[4]) : undefined;
  const { total, functions, packages } = summarise(JSON.parse(readFileSync(file, "utf8")), last);
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
  console.log(`total sampled ${(total / 1e6).toFixed(2)} s\n\nby package/file:`);
  for (const [name, us] of packages.slice(0, rows)) console.log(`${pct(us)}  ${name}`);
  console.log("\nby function (self):");
  for (const [name, us] of functions.slice(0, rows)) console.log(`${pct(us)}  ${name}`);
}
