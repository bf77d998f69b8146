import { and, eq, isNotNull, lt, ne, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { Cache } from "#app/cache/cache.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { moduleProbes, modules } from "#db/schema/index.ts";
import {
  invalidateModuleCaches,
  type ModuleRow,
  type ModuleStatus,
  recordStatusChange,
} from "./modules.server.ts";
import { loadSchema, metricsSchema } from "./schemas.ts";

/**
 * Health probes. A module with a health endpoint is asked `GET endpoint` every
 * `probeIntervalSeconds`; its status follows from the answers:
 *   - answered 2xx within half its timeout          -> active
 *   - answered 2xx, but slower than half its timeout -> warning ("slow")
 *   - failed once (error, non-2xx, timeout)          -> warning
 *   - failed FAILURES_FOR_ERROR times in a row       -> error
 * An `inactive` module is not probed: a person has taken it out of service.
 * A JSON answer may report the module's own figures: `{ "load": 0-100, "metrics": {name: value} }`.
 */
export const FAILURES_FOR_ERROR = 3;

export interface ProbeOutcome {
  ok: boolean;
  httpStatus: number | null;
  latencyMs: number;
  error: string | null;
  slow: boolean;
  report: { load?: number; metrics?: Record<string, number | string> } | null;
}

const reportSchema = z.object({ load: loadSchema.optional(), metrics: metricsSchema.optional() });

export async function probe(
  endpoint: string,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<ProbeOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetchImpl(endpoint, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json", "user-agent": "nexus-probe/1" },
      redirect: "manual",
    });
    const text = await response.text();
    const latencyMs = elapsed();
    if (!response.ok) {
      return {
        ok: false,
        httpStatus: response.status,
        latencyMs,
        error: `answered ${response.status}`,
        slow: false,
        report: null,
      };
    }
    let report: ProbeOutcome["report"] = null;
    if ((response.headers.get("content-type") ?? "").includes("json")) {
      try {
        const parsed = reportSchema.safeParse(JSON.parse(text));
        if (parsed.success && (parsed.data.load !== undefined || parsed.data.metrics)) {
          report = parsed.data;
        }
      } catch {
        // A health answer need not be JSON; the status code is what counts.
      }
    }
    return {
      ok: true,
      httpStatus: response.status,
      latencyMs,
      error: null,
      slow: latencyMs > timeoutMs / 2,
      report,
    };
  } catch (error) {
    const name = (error as Error).name;
    const message =
      name === "TimeoutError" || name === "AbortError"
        ? `no answer within ${timeoutMs} ms`
        : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    return {
      ok: false,
      httpStatus: null,
      latencyMs: elapsed(),
      error: message,
      slow: false,
      report: null,
    };
  }
}

export function nextStatus(
  outcome: ProbeOutcome,
  consecutiveFailures: number,
): {
  status: ModuleStatus;
  reason: string;
} {
  if (outcome.ok) {
    return outcome.slow
      ? { status: "warning", reason: `probe: slow answer (${outcome.latencyMs} ms)` }
      : { status: "active", reason: `probe: healthy (${outcome.latencyMs} ms)` };
  }
  return consecutiveFailures >= FAILURES_FOR_ERROR
    ? {
        status: "error",
        reason: `probe: ${consecutiveFailures} consecutive failures (${outcome.error})`,
      }
    : { status: "warning", reason: `probe: failed (${outcome.error})` };
}

const probeActor = { id: null, label: "health probe" };

/** Probes one module now and records everything that follows from the answer. */
export async function probeModule(
  services: { database: DatabaseHandle; events: DomainEvents; cache: Cache },
  module: ModuleRow,
  fetchImpl?: typeof fetch,
): Promise<{ outcome: ProbeOutcome; status: ModuleStatus }> {
  const db = services.database.db;
  if (!module.healthEndpoint) throw new Error(`${module.slug} has no health endpoint`);
  const outcome = await probe(module.healthEndpoint, module.probeTimeoutMs, fetchImpl);
  const failures = outcome.ok ? 0 : module.consecutiveFailures + 1;
  const { status, reason } = nextStatus(outcome, failures);
  await db.insert(moduleProbes).values({
    moduleId: module.id,
    ok: outcome.ok,
    httpStatus: outcome.httpStatus,
    latencyMs: outcome.latencyMs,
    error: outcome.error,
  });
  // A probe bumps `version` only when it changes the status: the edit form carries the status,
  // so one opened before the change must not put the old status back (it gets a 409 instead).
  // Probes that change nothing people edit leave it alone, or every edit would conflict with
  // a probe every few seconds. The status guard keeps a module a person set inactive meanwhile
  // from being revived by a probe already in flight.
  const [updated] = await db
    .update(modules)
    .set({
      status,
      version: sql`case when ${modules.status} <> ${status} then ${modules.version} + 1 else ${modules.version} end`,
      lastProbeAt: new Date(),
      lastProbeOk: outcome.ok,
      lastProbeLatencyMs: outcome.latencyMs,
      lastProbeError: outcome.error,
      consecutiveFailures: failures,
      ...(outcome.report?.load !== undefined ? { load: outcome.report.load } : {}),
      ...(outcome.report?.metrics ? { metrics: outcome.report.metrics } : {}),
    })
    .where(and(eq(modules.id, module.id), ne(modules.status, "inactive")))
    .returning();
  // Status, last probe, load and metrics all show in the module's public shape.
  if (updated) await invalidateModuleCaches(services, module.id);
  if (updated && status !== module.status) {
    await recordStatusChange(services, module, module.status, status, reason, probeActor);
  } else if (updated) {
    services.events.emit("module", { change: "updated", moduleId: module.id });
  }
  return { outcome, status };
}

/** Modules whose next probe is due. */
export async function dueModules(db: Database, now = new Date()) {
  return db
    .select()
    .from(modules)
    .where(
      and(
        isNotNull(modules.healthEndpoint),
        ne(modules.status, "inactive"),
        sql`(${modules.lastProbeAt} is null or ${modules.lastProbeAt} + make_interval(secs => ${modules.probeIntervalSeconds}) <= ${now.toISOString()}::timestamptz)`,
      ),
    )
    .limit(100);
}

/** Forgets probe results older than a day. */
export async function trimProbes(db: Database, now = new Date()) {
  await db
    .delete(moduleProbes)
    .where(lt(moduleProbes.createdAt, new Date(now.getTime() - 86_400_000)));
}

export interface SchedulerOptions {
  tickMs?: number;
  instanceId: string;
  fetchImpl?: typeof fetch;
}

/**
 * Probes due modules every tick, on one instance per deployment (the holder of the "probes"
 * lease). Returns a function that stops it and waits for the probes in flight.
 */
export function startProbeScheduler(
  services: { database: DatabaseHandle; events: DomainEvents; cache: Cache; log: Logger },
  options: SchedulerOptions,
) {
  const tickMs = options.tickMs ?? 1000;
  const leaseMs = Math.max(tickMs * 5, 10_000);
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastTrim = 0;
  const inFlight = new Set<string>();

  const tick = async () => {
    const db = services.database.db;
    if (!(await acquireLease(db, "probes", options.instanceId, leaseMs))) return;
    const due = (await dueModules(db)).filter((m) => !inFlight.has(m.id));
    await Promise.all(
      due.map(async (module) => {
        inFlight.add(module.id);
        try {
          await probeModule(services, module, options.fetchImpl);
        } catch (error) {
          services.log.warn({ err: error, module: module.slug }, "probe could not be recorded");
        } finally {
          inFlight.delete(module.id);
        }
      }),
    );
    if (Date.now() - lastTrim > 3_600_000) {
      lastTrim = Date.now();
      await trimProbes(db);
    }
  };

  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tick()
      .catch((error) => warnUnlessOutage(services.log, error, "probe scheduler tick failed"))
      .finally(() => {
        running = null;
      });
  }, tickMs);
  timer.unref();

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await releaseLease(services.database.db, "probes", options.instanceId).catch(() => {});
  };
}
