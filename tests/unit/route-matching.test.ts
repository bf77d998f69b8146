import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

/**
 * The server's copy of React Router's matcher (the CommonJS build, which Remix's request handler
 * uses) is patched to flatten and rank a route table once and to compile each path pattern once
 * (patches/@remix-run+router+*.patch). Matching must answer exactly as before.
 */
const require = createRequire(import.meta.url);
const routerFile = require.resolve("@remix-run/router");
const { matchRoutes } = require("@remix-run/router") as typeof import("@remix-run/router");

type Route = import("@remix-run/router").AgnosticRouteObject;

const routes: Route[] = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "dashboard", index: true },
      { id: "modules", path: "modules" },
      { id: "module", path: "modules/:id" },
      { id: "module-edit", path: "modules/:id/edit" },
      { id: "modules-new", path: "modules/new" },
      { id: "optional", path: "reviews/:status?" },
      { id: "splat", path: "docs/*" },
      { id: "Case", path: "Upper" },
      { id: "catchall", path: "*" },
    ],
  },
];

const leaf = (path: string) => {
  const matches = matchRoutes(routes, path);
  const last = matches?.at(-1);
  return last ? { id: last.route.id, params: last.params } : null;
};

describe("route matching (patched React Router matcher)", () => {
  test("the patch is applied to the build the server loads", () => {
    expect(routerFile).toMatch(/router\.cjs\.js$/);
    expect(readFileSync(routerFile, "utf8")).toContain("routeTableOf");
  });

  test("ranks static segments above dynamic ones and fills params, every time it is asked", () => {
    for (let round = 0; round < 3; round++) {
      expect(leaf("/")).toEqual({ id: "dashboard", params: {} });
      expect(leaf("/modules")).toEqual({ id: "modules", params: {} });
      expect(leaf("/modules/new")).toEqual({ id: "modules-new", params: {} });
      expect(leaf("/modules/abc")).toEqual({ id: "module", params: { id: "abc" } });
      expect(leaf("/modules/xyz/edit")).toEqual({ id: "module-edit", params: { id: "xyz" } });
      expect(leaf("/reviews")).toEqual({ id: "optional", params: {} });
      expect(leaf("/reviews/open")).toEqual({ id: "optional", params: { status: "open" } });
      expect(leaf("/docs/a/b")).toEqual({ id: "splat", params: { "*": "a/b" } });
      expect(leaf("/upper")).toEqual({ id: "Case", params: {} });
      expect(leaf("/nowhere/at/all")).toEqual({
        id: "catchall",
        params: { "*": "nowhere/at/all" },
      });
    }
  });

  test("each call gets its own match objects: changing one answer does not change the next", () => {
    const first = matchRoutes(routes, "/modules/one");
    (first!.at(-1)!.params as Record<string, string>).id = "changed";
    expect(leaf("/modules/one")).toEqual({ id: "module", params: { id: "one" } });
  });

  test("a table that grows is ranked again, not answered from its old branches", () => {
    const table: Route[] = [{ id: "a", path: "/a" }];
    expect(matchRoutes(table, "/b")).toBeNull();
    table.push({ id: "b", path: "/b" });
    expect(matchRoutes(table, "/b")?.[0]?.route.id).toBe("b");
  });

  test("another table with the same paths is matched against its own routes", () => {
    const other: Route[] = [{ id: "other-modules", path: "/modules" }];
    expect(matchRoutes(other, "/modules")?.[0]?.route.id).toBe("other-modules");
    expect(leaf("/modules")).toEqual({ id: "modules", params: {} });
  });
});
