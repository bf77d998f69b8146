import type { ServerBuild } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import { parseEnv } from "#app/config/env.server.ts";
import { operationLabel } from "#app/observability/instruments.server.ts";
import { redactParams } from "#app/observability/queries.server.ts";
import { routeTemplates } from "#app/observability/route-template.server.ts";
import { bearerMatches } from "#app/server/http.server.ts";

const route = (id: string, path: string | undefined, parentId?: string, index?: boolean) => ({
  [id]: { id, path, parentId, index, module: {} },
});

describe("route templates", () => {
  const build = {
    routes: {
      ...route("root", ""),
      ...route("routes/_index", undefined, "root", true),
      ...route("routes/$", "*", "root"),
      ...route("routes/api.$", "api/*", "root"),
      ...route("routes/api.v1.modules", "api/v1/modules", "root"),
      ...route("routes/api.v1.modules.$id", "api/v1/modules/:id", "root"),
      ...route("routes/api.v1.modules.$id.history", "api/v1/modules/:id/history", "root"),
      ...route("routes/modules.new", "modules/new", "root"),
      ...route("routes/modules.$id", "modules/:id", "root"),
      ...route("routes/api.v1.openapi[.]json", "api/v1/openapi.json", "root"),
    },
  } as unknown as Pick<ServerBuild, "routes">;
  const of = routeTemplates(build);

  test.each([
    ["/", "/"],
    ["/api/v1/modules", "/api/v1/modules"],
    ["/api/v1/modules/", "/api/v1/modules"],
    ["/api/v1/modules/2f1c7a9e-0000-4000-8000-000000000001", "/api/v1/modules/:id"],
    ["/api/v1/modules/abc/history", "/api/v1/modules/:id/history"],
    ["/modules/new", "/modules/new"],
    ["/modules/42", "/modules/:id"],
    ["/api/v1/openapi.json", "/api/v1/openapi.json"],
    ["/api/v1/openapiXjson", "/api/*"],
    ["/api/v1/nothing/123", "/api/*"],
    ["/anything/else/9", "/*"],
  ])("%s -> %s", (path, template) => {
    expect(of(path)).toBe(template);
  });

  test("a path no route claims is 'unmatched'", () => {
    const bare = routeTemplates({ routes: route("root", "") } as unknown as ServerBuild);
    expect(bare("/x/1")).toBe("unmatched");
  });
});

describe("slow-query parameters", () => {
  test("numbers, booleans, nulls, dates and UUIDs show; other strings and objects do not", () => {
    const when = new Date("2026-01-02T03:04:05.000Z");
    expect(
      redactParams([
        1,
        true,
        null,
        undefined,
        10n,
        when,
        "2f1c7a9e-0000-4000-8000-000000000001",
        "2026-01-02T03:04:05.000Z",
        "$argon2id$v=19$m=19456,t=2,p=1$secret",
        "alice@example.com",
        { password: "x" },
        Buffer.from("raw"),
      ]),
    ).toEqual([
      1,
      true,
      null,
      null,
      "10",
      "2026-01-02T03:04:05.000Z",
      "2f1c7a9e-0000-4000-8000-000000000001",
      "2026-01-02T03:04:05.000Z",
      "[redacted string(37)]",
      "[redacted string(17)]",
      "[redacted]",
      "[redacted]",
    ]);
  });

  test("statements are labelled by operation from a fixed set", () => {
    expect(operationLabel("  SELECT * from modules")).toBe("select");
    expect(operationLabel("insert into x values ($1)")).toBe("insert");
    expect(operationLabel("vacuum")).toBe("other");
    expect(operationLabel("")).toBe("other");
  });
});

describe("METRICS_TOKEN and SLOW_QUERY_MS", () => {
  test("a bearer header matches only the exact token", () => {
    const token = "0123456789abcdef0123";
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
  });

  test("the settings are validated", () => {
    const ok = parseEnv({ METRICS_TOKEN: "0123456789abcdef", SLOW_QUERY_MS: "0" });
    expect(ok.ok && ok.env.SLOW_QUERY_MS).toBe(0);
    const defaults = parseEnv({});
    expect(defaults.ok && defaults.env.SLOW_QUERY_MS).toBe(100);
    expect(defaults.ok && defaults.env.METRICS_TOKEN).toBeUndefined();
    const bad = parseEnv({ METRICS_TOKEN: "short", SLOW_QUERY_MS: "-1" });
    expect(bad.ok ? [] : bad.problems.map((p) => p.variable).sort()).toEqual([
      "METRICS_TOKEN",
      "SLOW_QUERY_MS",
    ]);
  });
});
