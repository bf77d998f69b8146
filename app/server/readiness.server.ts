import { singleton } from "#app/utils/singleton.server.ts";
import type { Services } from "./services.server.ts";

export type ComponentName = "database" | "cache" | "realtime";

export interface ComponentCheck {
  name: ComponentName;
  ok: boolean;
  /** Which back end answered (pglite, neon, memory, upstash, partykit). */
  backend: string;
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  /**
   * Components that failed without stopping NEXUS from serving: the cache fails open (every
   * request is still answered, from Postgres), so a Redis outage degrades, it does not unready.
   */
  degraded: ComponentName[];
  checks: ComponentCheck[];
  checkedAt: string;
}

const CHECK_TIMEOUT_MS = 2_000;

async function timed(
  name: ComponentName,
  backend: string,
  probe: () => Promise<void>,
): Promise<ComponentCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { name, backend, ok: true, latencyMs: round(performance.now() - started) };
  } catch (error) {
    return {
      name,
      backend,
      ok: false,
      latencyMs: round(performance.now() - started),
      error: (error as Error).message || String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Components whose failure NEXUS serves through (docs/decisions/009-fuzzing-and-faults.md). */
const FAIL_OPEN: ReadonlySet<ComponentName> = new Set(["cache"]);

/** Asks each component NEXUS depends on whether it answers, all at once. */
export async function checkReadiness(services: Services): Promise<Readiness> {
  const checks = await Promise.all([
    timed("database", services.database.kind, () => services.database.ping()),
    timed("cache", services.cache.kind, () => services.cache.ping()),
    timed("realtime", "partykit", () => services.realtime.ping(CHECK_TIMEOUT_MS)),
  ]);
  return {
    ready: checks.every((check) => check.ok || FAIL_OPEN.has(check.name)),
    degraded: checks.filter((check) => !check.ok && FAIL_OPEN.has(check.name)).map((c) => c.name),
    checks,
    checkedAt: new Date().toISOString(),
  };
}

/** How long a page may show a readiness answer before asking the components again. */
export const READINESS_REUSE_MS = 5_000;
const recent = singleton(
  "readiness",
  () => new WeakMap<Services, { at: number; readiness: Promise<Readiness> }>(),
);

/**
 * For pages (the dashboard): the last answer of this instance if it is under
 * `READINESS_REUSE_MS` old, so every view does not ping the database, cache and PartyKit
 * (`/api/v1/ready` always asks afresh). Concurrent views share one check.
 */
export function recentReadiness(services: Services, now = Date.now()): Promise<Readiness> {
  const last = recent.get(services);
  if (last && now - last.at < READINESS_REUSE_MS) return last.readiness;
  const readiness = checkReadiness(services);
  recent.set(services, { at: now, readiness });
  return readiness;
}
