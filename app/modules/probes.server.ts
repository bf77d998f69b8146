import { and, eq, isNotNull, lt, ne, notInArray, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { Cache } from "#app/cache/cache.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
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
 *
 * Across a cluster each probe is claimed in the database before it is sent, so one instance
 * probes a module once per interval however long its endpoint takes
 * (docs/decisions/037-probe-claims.md).
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

/**
 * Probes one module now and records everything that follows from the answer. `claimedUntil` is
 * the claim this probe was sent under (see claimDueModules): recording the outcome gives it up.
 */
export async function probeModule(
  services: { database: DatabaseHandle; events: DomainEvents; cache: Cache },
  module: ModuleRow,
  fetchImpl?: typeof fetch,
  claimedUntil?: Date | null,
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
  // from being revived by a probe already in flight (its claim then simply lapses).
  // The claim is given up only if it is still this probe's: one that lapsed while the outcome
  // was on its way may already be another instance's.
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
      ...(claimedUntil
        ? {
            probeClaimedUntil: sql`case when ${modules.probeClaimedUntil} = ${claimedUntil.toISOString()}::timestamptz then null else ${modules.probeClaimedUntil} end`,
          }
        : {}),
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

/**
 * How long past its timeout a claimed probe may take to be recorded (the insert, the update,
 * the cache and the events) before its claim lapses and another instance may probe the module.
 */
export const CLAIM_MARGIN_MS = 5_000;

export interface ClaimOptions {
  /** At most this many modules (default 100). */
  limit?: number;
  /** Modules not to claim: the ones this instance has in flight already. */
  exclude?: Iterable<string>;
  /** Added to each module's timeout for its claim (default CLAIM_MARGIN_MS). */
  marginMs?: number;
}

/**
 * Claims the modules whose probe is due, for the caller to probe now: one statement, so two
 * instances never claim the same module. Due means: it has a health endpoint, it is not
 * inactive, its latest probe was sent at least `probeIntervalSeconds` ago (or never), and no
 * instance holds a claim on it. A claim lasts the module's timeout plus `marginMs`, on the
 * database's clock; the row is locked for the claim only, not while the probe is in flight.
 */
export async function claimDueModules(
  db: Database,
  options: ClaimOptions = {},
): Promise<ModuleRow[]> {
  const limit = options.limit ?? 100;
  if (limit <= 0) return [];
  const marginMs = options.marginMs ?? CLAIM_MARGIN_MS;
  const due = and(
    isNotNull(modules.healthEndpoint),
    ne(modules.status, "inactive"),
    sql`(${modules.probeStartedAt} is null or ${modules.probeStartedAt} + make_interval(secs => ${modules.probeIntervalSeconds}) <= now())`,
    sql`(${modules.probeClaimedUntil} is null or ${modules.probeClaimedUntil} <= now())`,
    notInArray(modules.id, [...(options.exclude ?? [])]),
  );
  // Rows another instance is claiming right now are skipped, not waited for; `due` is checked
  // again on the locked row, so a row claimed meanwhile is left alone.
  const candidates = db
    .select({ id: modules.id })
    .from(modules)
    .where(due)
    .orderBy(sql`${modules.probeStartedAt} asc nulls first`)
    .limit(limit)
    .for("update", { skipLocked: true });
  return (
    db
      .update(modules)
      .set({
        probeStartedAt: sql`now()`,
        // Whole milliseconds, so the claim reads back exactly as a Date and can be given up by value.
        probeClaimedUntil: sql`date_trunc('milliseconds', now() + make_interval(secs => (${modules.probeTimeoutMs} + ${marginMs}::int) / 1000.0))`,
        // A claim changes nothing anyone reads: the row's updatedAt stays.
        updatedAt: sql`${modules.updatedAt}`,
      })
      // `= any(array(...))`, not `in (...)`: Postgres may run an IN subquery again for each row the
      // update visits, and each run locks the next `limit` free rows, so one tick could claim them
      // all. The array is made once.
      .where(and(sql`${modules.id} = any(array(${candidates}))`, due))
      .returning()
  );
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
  /** At most this many probes in flight on this instance (default 100); the rest wait or go to another. */
  maxInFlight?: number;
  /** See claimDueModules (default CLAIM_MARGIN_MS). */
  claimMarginMs?: number;
}

/** Probe results are trimmed at most this often, by one instance (the "probe-trim" lease). */
const TRIM_EVERY_MS = 3_600_000;

/**
 * Every tick, claims the modules due for a probe and starts each probe on its own: a tick does
 * not wait for them, so a slow endpoint delays no other module. Every instance runs it; the
 * claims, not a lease, keep a module to one probe per interval. Returns a function that stops it
 * and waits for the probes in flight (each ends within its timeout).
 */
export function startProbeScheduler(
  services: { database: DatabaseHandle; events: DomainEvents; cache: Cache; log: Logger },
  options: SchedulerOptions,
) {
  const tickMs = options.tickMs ?? 1000;
  const maxInFlight = options.maxInFlight ?? 100;
  let lastTrim = 0;
  const inFlight = new Map<string, Promise<void>>();

  const start = (module: ModuleRow) => {
    const done = probeModule(services, module, options.fetchImpl, module.probeClaimedUntil)
      .then(
        () => {},
        (error) =>
          services.log.warn({ err: error, module: module.slug }, "probe could not be recorded"),
      )
      .finally(() => {
        inFlight.delete(module.id);
      });
    inFlight.set(module.id, done);
  };

  const tick = async () => {
    const db = services.database.db;
    const claimed = await claimDueModules(db, {
      limit: maxInFlight - inFlight.size,
      exclude: inFlight.keys(),
      marginMs: options.claimMarginMs,
    });
    for (const module of claimed) start(module);
    if (Date.now() - lastTrim > TRIM_EVERY_MS) {
      lastTrim = Date.now();
      // The lease is held for the whole hour, so whichever instance trimmed, the others skip.
      if (await acquireLease(db, "probe-trim", options.instanceId, TRIM_EVERY_MS)) {
        await trimProbes(db);
      }
    }
  };

  const stop = everyInterval({
    everyMs: tickMs,
    tick,
    onError: (error) => warnUnlessOutage(services.log, error, "probe scheduler tick failed"),
  });

  return async () => {
    await stop();
    await Promise.allSettled([...inFlight.values()]);
  };
}
