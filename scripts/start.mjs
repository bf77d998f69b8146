/**
 * `npm start`, `npm run dev` and `npm run build`, in plain JavaScript so that NEXUS runs without
 * a TypeScript loader: it builds when the build is missing or older than the sources, then runs
 * `main()` of `build/start.js` (server.ts, bundled) on the server build. `node scripts/start.mjs
 * build` only builds.
 *
 * The build is two parts: `remix build` (the app: `build/server/index.js` with a source map, and
 * the browser's bundles in `public/build`, whose maps are removed) and server.ts bundled by
 * esbuild into `build/start.js` (its own code, db/embedded.ts, scripts/partykit.ts and the
 * configuration; packages stay external). build/ sits one level below the repository root, as
 * scripts/ and db/ do, so the paths those files find from their own location still hold.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outputs = [path.join(root, "build/server/index.js"), path.join(root, "build/start.js")];
/** What the build is made from: a change in any of them makes the next start rebuild. */
const sources = ["app", "db", "scripts", "server.ts", "package.json", "remix.config.js"];

/** @param {import("node:fs").Dirent} entry the folder a recursive readdir found `entry` in */
const folderOf = (entry) =>
  // `parentPath` arrived in Node 20.12; `path` is its older name.
  entry.parentPath ?? /** @type {{ path: string }} */ (/** @type {unknown} */ (entry)).path;

/** @param {string} source a file or folder; its newest modification time */
async function newestMtime(source) {
  const full = path.join(root, source);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(full, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const mtime = statSync(path.join(folderOf(entry), entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** Removes the browser's source maps and the comments that point at them. */
async function stripBrowserMaps() {
  const browserBuild = path.join(root, "public/build");
  for (const entry of await readdir(browserBuild, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(folderOf(entry), entry.name);
    if (entry.name.endsWith(".map")) await rm(file);
    else if (/\.(js|css)$/.test(entry.name)) {
      const text = await readFile(file, "utf8");
      const stripped = text.replace(/\n?\/[/*]# sourceMappingURL=\S+?\.map( \*\/)?\s*$/, "\n");
      if (stripped !== text) await writeFile(file, stripped);
    }
  }
}

/** Builds both parts (see above). */
export async function buildApp() {
  const remix = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build", "--sourcemap"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", VITE_CJS_IGNORE_WARNING: "true" },
  });
  if (remix.status !== 0) throw new Error("The build failed; see the output above.");
  await stripBrowserMaps();
  const esbuild = await import("esbuild");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["server.ts"],
    outfile: "build/start.js",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
  // esbuild's service process would otherwise outlive a script that exits after building.
  await esbuild.stop();
}

/**
 * Builds when the build is missing or older than the sources.
 * @param {{ info(message: string): void }} log
 */
export async function ensureBuild(log) {
  if (outputs.every((file) => existsSync(file))) {
    const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
    const changed = Math.max(...(await Promise.all(sources.map(newestMtime))));
    if (changed <= built) return;
    log.info("sources changed since the last build: rebuilding");
  } else {
    log.info("no build found: building (once)");
  }
  await buildApp();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "build") {
    await buildApp();
  } else {
    await ensureBuild({ info: (message) => console.log(message) });
    const { main } = await import(pathToFileURL(path.join(root, "build/start.js")).href);
    await main();
  }
}
