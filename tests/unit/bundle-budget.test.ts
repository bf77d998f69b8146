import { describe, expect, test } from "vitest";
import {
  type BuiltFile,
  checkBundle,
  firstLoadFiles,
  KB,
  parseManifest,
  type RemixManifest,
  staticImports,
} from "../../scripts/bundle-budget.ts";

const file = (text: string, gzipKb: number): BuiltFile => ({ text, gzipBytes: gzipKb * KB });

/** A tiny build: entry, root, /login, the dashboard, and a graph page with its own library. */
function fakeBuild(overrides: Record<string, BuiltFile> = {}) {
  const manifest: RemixManifest = {
    entry: { module: "/build/entry.js", imports: ["/build/_shared/react.js"] },
    routes: {
      root: { id: "root", module: "/build/root.js", imports: ["/build/_shared/react.js"] },
      "routes/login": {
        id: "routes/login",
        parentId: "root",
        module: "/build/routes/login.js",
        imports: ["/build/_shared/forms.js"],
      },
      "routes/_index": {
        id: "routes/_index",
        parentId: "root",
        module: "/build/routes/_index.js",
      },
      "routes/knowledge.graph": {
        id: "routes/knowledge.graph",
        parentId: "root",
        module: "/build/routes/knowledge.graph.js",
        imports: ["/build/_shared/graph.js"],
      },
    },
  };
  const files = new Map<string, BuiltFile>(
    Object.entries({
      "/build/manifest.js": file("window.__remixManifest={}", 1),
      "/build/entry.js": file('import{a}from"/build/_shared/react.js";', 2),
      "/build/_shared/react.js": file("var react=1;export{react as a};", 40),
      "/build/root.js": file('import{a}from"/build/_shared/react.js";', 3),
      "/build/routes/login.js": file('import{f}from"/build/_shared/forms.js";', 1),
      // Reached only through another chunk's static import, not from the manifest.
      "/build/_shared/forms.js": file('import{v}from"./validation.js";export{v as f};', 10),
      "/build/_shared/validation.js": file("export const v=1;", 20),
      "/build/routes/_index.js": file('const chart=()=>import("/build/_shared/chart.js");', 5),
      "/build/_shared/chart.js": file("export const chart=1;", 500),
      "/build/routes/knowledge.graph.js": file('import{g}from"/build/_shared/graph.js";', 1),
      "/build/_shared/graph.js": file("/*! graphology */ export const g=1;", 60),
      ...overrides,
    }),
  );
  return { manifest, files };
}

describe("bundle budget", () => {
  test("reads the manifest the Remix build writes", () => {
    const manifest = parseManifest(
      'window.__remixManifest={"entry":{"module":"/build/e.js"},"routes":{}};',
    );
    expect(manifest.entry.module).toBe("/build/e.js");
  });

  test("follows static imports, relative ones too, but not dynamic import()", () => {
    expect(
      staticImports(
        "/build/_shared/a.js",
        'import{x}from"./b.js";import"/build/c.js";export{y}from"../d.js";const l=()=>import("/build/lazy.js");',
      ),
    ).toEqual(["/build/_shared/b.js", "/build/c.js", "/build/d.js"]);
  });

  test("a route's first load is the manifest, entry, root, the route and everything they import", () => {
    const { manifest, files } = fakeBuild();
    const loaded = firstLoadFiles(manifest, "routes/login", files, ["/build/manifest.js"]);
    expect([...loaded].sort()).toEqual(
      [
        "/build/manifest.js",
        "/build/entry.js",
        "/build/_shared/react.js",
        "/build/root.js",
        "/build/routes/login.js",
        "/build/_shared/forms.js",
        "/build/_shared/validation.js",
      ].sort(),
    );
    const report = checkBundle(manifest, files, { manifestFile: "/build/manifest.js" });
    const login = report.routes.find((r) => r.routeId === "routes/login")!;
    expect(login.gzipBytes).toBe((1 + 2 + 40 + 3 + 1 + 10 + 20) * KB);
    // The dashboard's lazily imported chart is not part of its first load.
    const dashboard = report.routes.find((r) => r.routeId === "routes/_index")!;
    expect(dashboard.gzipBytes).toBe((1 + 2 + 40 + 3 + 5) * KB);
    expect(report.failures).toEqual([]);
  });

  test("fails when /login or the dashboard is over its budget", () => {
    const { manifest, files } = fakeBuild({
      "/build/_shared/validation.js": file("export const v=1;", 70),
      "/build/routes/_index.js": file("export default 1;", 160),
    });
    const { failures } = checkBundle(manifest, files);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(
      /^routes\/login: first load 126\.0 KB gzip, over its budget of 120\.0 KB/,
    );
    expect(failures[1]).toMatch(
      /^routes\/_index: first load 205\.0 KB gzip, over its budget of 200\.0 KB/,
    );
  });

  test("the graph page may load a graph library; no other route's first load may", () => {
    const clean = fakeBuild();
    expect(checkBundle(clean.manifest, clean.files).failures).toEqual([]);

    // The dashboard now imports a chunk that carries sigma.
    const leaking = fakeBuild({
      "/build/routes/_index.js": file('import{s}from"/build/_shared/renderer.js";', 5),
      "/build/_shared/renderer.js": file('throw new Error("Sigma: container has no height");', 30),
    });
    const { failures } = checkBundle(leaking.manifest, leaking.files);
    expect(failures).toEqual([
      expect.stringMatching(/^routes\/_index: .*\/build\/_shared\/renderer\.js \(sigma\)/),
    ]);
  });

  test("the graph page's own module in another route's first load fails too", () => {
    const { manifest, files } = fakeBuild({
      "/build/routes/login.js": file('import{g}from"/build/routes/knowledge.graph.js";', 1),
    });
    const { failures } = checkBundle(manifest, files);
    expect(
      failures.some((f) => f.startsWith("routes/login:") && f.includes("knowledge.graph")),
    ).toBe(true);
  });
});
