import { z } from "zod/v4";
import type { Cache } from "#app/cache/cache.server.ts";
import type { LeaseStore } from "#app/utils/lease.server.ts";
import type { RateLimiter } from "#app/utils/rate-limit.server.ts";
import { named } from "../api/schema-registry.ts";
import type { FailureGuardState } from "../utils/redis.server.ts";
import { type CacheStats, LATENCY_BUCKETS_MS } from "./cache.server.ts";

/**
 * What `GET /api/v1/admin/cache` answers: the cache's figures per cache name, and how the rate
 * limits and leases that share its back end are doing. Also what an exporter of metrics reads.
 */

const failureStateSchema = z.object({
  healthy: z.boolean().describe("Whether the back end answered its last call."),
  failures: z.number().int().describe("Failed back-end calls since start."),
  lastError: z.string().nullable(),
  lastErrorAt: z.iso.datetime().nullable(),
});

export const cacheNameStatsSchema = named(
  "CacheNameStats",
  z.object({
    name: z.string().describe("The cache name (modules, metrics, kg, ai-models, ...)."),
    hits: z.number().int(),
    misses: z.number().int(),
    errors: z
      .number()
      .int()
      .describe("Back-end calls that failed or timed out; the value came from the source."),
    bypassed: z
      .number()
      .int()
      .describe("Lookups that skipped a failing back end during its cool-down."),
    coalesced: z
      .number()
      .int()
      .describe("Callers that joined a lookup or computation already in flight (single-flight)."),
    computations: z.number().int().describe("Values computed from the source."),
    hitRatio: z.number().nullable(),
    latency: z.object({
      count: z.number().int(),
      sumMs: z.number(),
      maxMs: z.number(),
      buckets: z
        .array(z.object({ le: z.union([z.number(), z.literal("+Inf")]), count: z.number().int() }))
        .describe(
          `Cumulative lookup-latency histogram, upper bounds ${LATENCY_BUCKETS_MS.join(", ")} ms and +Inf.`,
        ),
    }),
  }),
);

export const cacheReportSchema = named(
  "CacheReport",
  z.object({
    backend: z.enum(["memory", "upstash"]),
    namespace: z.string(),
    keyVersion: z.number().int(),
    since: z.iso.datetime(),
    healthy: z.boolean(),
    failures: z.object({
      total: z.number().int(),
      lastError: z.string().nullable(),
      lastErrorAt: z.iso.datetime().nullable(),
    }),
    pendingInvalidations: z
      .number()
      .int()
      .describe("Invalidations not yet delivered to a back end that failed; sent on recovery."),
    entries: z.number().int().nullable().describe("Entries held in process (memory back end)."),
    caches: z.array(cacheNameStatsSchema),
    rateLimits: z
      .object({ backend: z.enum(["memory", "upstash"]) })
      .extend(failureStateSchema.partial().shape),
    leases: z
      .object({ backend: z.enum(["postgres", "redis"]) })
      .extend(failureStateSchema.partial().shape),
  }),
);

export type CacheReport = z.infer<typeof cacheReportSchema>;

const stateOf = (component: unknown): Partial<FailureGuardState> =>
  typeof (component as { state?: unknown }).state === "function"
    ? (component as { state(): FailureGuardState }).state()
    : {};

export function cacheReport(services: {
  cache: Cache;
  rateLimiter: RateLimiter;
  leases: LeaseStore;
}): CacheReport {
  const stats: CacheStats = services.cache.stats();
  const rateLimitState = stateOf(services.rateLimiter);
  return {
    ...stats,
    rateLimits: {
      backend: services.rateLimiter.kind ?? "memory",
      ...rateLimitState,
    },
    leases: { backend: services.leases.kind, ...stateOf(services.leases) },
  };
}
