import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { envVariableNames, parseEnv } from "#app/config/env.server.ts";

/**
 * docker-compose.yml's app service is configured through the same schema as any NEXUS: every
 * variable it sets must exist there and the whole environment must pass it. (The files are linted
 * by dockerfile-utils and dclint; no Docker engine runs here.)
 */
const root = path.resolve(import.meta.dirname, "../..");
const compose = readFileSync(path.join(root, "docker-compose.yml"), "utf8");

/** `KEY: value` lines of one service's `environment:` map (the file keeps a simple layout). */
function environmentOf(service: string): Record<string, string> {
  const lines = compose.split("\n");
  const start = lines.indexOf(`  ${service}:`);
  expect(start, `service ${service}`).toBeGreaterThan(-1);
  const env: Record<string, string> = {};
  let inEnvironment = false;
  for (const line of lines.slice(start + 1)) {
    if (/^ {2}\S/.test(line) || /^\S/.test(line)) break;
    if (/^ {4}\S/.test(line)) {
      inEnvironment = line.trim() === "environment:";
      continue;
    }
    const match = inEnvironment ? /^ {6}([A-Z0-9_]+):\s*(.*)$/.exec(line) : null;
    if (match) env[match[1]!] = match[2]!.replace(/^"(.*)"$/, "$1");
  }
  return env;
}

/**
 * Compose's interpolation with sample values: `${NAME:?...}` and `${NAME:-default}`. A required
 * secret gets 40 characters, the encryption key 32 bytes in hex.
 */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g, (_all, name, kind, rest) =>
    kind === "-" ? rest : name === "NEXUS_ENCRYPTION_KEY" ? "a".repeat(64) : "s".repeat(40),
  );
}

describe("docker-compose.yml", () => {
  test("the app service sets only variables the configuration schema knows, valid ones", () => {
    const env = environmentOf("app");
    expect(Object.keys(env).length).toBeGreaterThan(10);
    const known = new Set<string>(envVariableNames);
    expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([]);
    const result = parseEnv(
      Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)])),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.env.DATABASE_URL).toContain("@postgres:5432/");
    expect(result.ok && result.env.NEON_WS_PROXY).toBe("wsproxy:80");
  });

  test("the Dockerfile runs as a non-root user with a health check on /api/v1/health", () => {
    const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThan(1);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/v1\/health/m);
  });
});
