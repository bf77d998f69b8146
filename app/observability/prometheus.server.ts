import { sql } from "drizzle-orm";
import { Counter, Gauge, Registry } from "prom-client";
import type { Cache } from "#app/cache/cache.server.ts";
import { moduleStatusCounts } from "#app/modules/modules.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { registry } from "./instruments.server.ts";

/**
 * What GET /metrics answers (mounted by server.ts): the live instruments (instruments.server.ts)
 * plus figures collected at scrape time into a throwaway registry: cache counters (from the
 * cache's own per-name statistics) and domain gauges read from the database.
 */

/** What a scrape reads: the database for the gauges, the cache for its counters. */
type ScrapeDeps = { database: DatabaseHandle; cache: Cache };

async function tableExists(services: ScrapeDeps, table: string): Promise<boolean> {
  const result = await services.database.db.execute(
    sql`select to_regclass(${`public.${table}`}) is not null as present`,
  );
  const rows = (result as unknown as { rows: { present: boolean }[] }).rows;
  return rows[0]?.present === true;
}

async function countOf(services: ScrapeDeps, query: ReturnType<typeof sql>): Promise<number> {
  const result = await services.database.db.execute(query);
  const rows = (result as unknown as { rows: { n: number | string }[] }).rows;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Open reviews and open contradictions (contradictions land in the review queue as kind
 * "contradiction"). Both are 0 while the review table does not exist yet.
 */
async function reviewFigures(
  services: ScrapeDeps,
): Promise<{ reviews: number; contradictions: number }> {
  if (!(await tableExists(services, "review_requests"))) return { reviews: 0, contradictions: 0 };
  const [reviews, contradictions] = await Promise.all([
    countOf(services, sql`select count(*) as n from review_requests where status::text = 'open'`),
    countOf(
      services,
      sql`select count(*) as n from review_requests where status::text = 'open' and kind::text = 'contradiction'`,
    ),
  ]);
  return { reviews, contradictions };
}

/** Figures read at scrape time, in a registry of their own for this one scrape. */
async function scrapeRegistry(services: ScrapeDeps): Promise<Registry> {
  const scrape = new Registry();
  const registers = [scrape];

  const caches = services.cache.stats();
  const cacheCounter = (name: string, help: string) =>
    new Counter({ name, help, labelNames: ["cache"] as const, registers });
  const hits = cacheCounter("cache_hits_total", "Cache lookups answered from the cache, by cache.");
  const misses = cacheCounter("cache_misses_total", "Cache lookups that missed, by cache.");
  const errors = cacheCounter(
    "cache_errors_total",
    "Cache back-end calls that failed or timed out (the value came from the source), by cache.",
  );
  for (const entry of caches.caches) {
    hits.inc({ cache: entry.name }, entry.hits);
    misses.inc({ cache: entry.name }, entry.misses);
    errors.inc({ cache: entry.name }, entry.errors);
  }
  new Gauge({
    name: "cache_backend_healthy",
    help: "1 when the cache back end answered its last call.",
    labelNames: ["backend"] as const,
    registers,
  }).set({ backend: caches.backend }, caches.healthy ? 1 : 0);

  const [moduleCounts, reviews] = await Promise.all([
    moduleStatusCounts(services),
    reviewFigures(services),
  ]);
  const modulesGauge = new Gauge({
    name: "nexus_modules",
    help: "Modules by status.",
    labelNames: ["status"] as const,
    registers,
  });
  for (const [status, n] of Object.entries(moduleCounts)) modulesGauge.set({ status }, n);
  new Gauge({
    name: "nexus_reviews_open",
    help: "Review requests waiting for a decision.",
    registers,
  }).set(reviews.reviews);
  new Gauge({
    name: "nexus_contradictions_open",
    help: "Contradictions waiting for a review.",
    registers,
  }).set(reviews.contradictions);
  return scrape;
}

/** The text GET /metrics answers, and its content type. */
export async function renderMetrics(
  services: ScrapeDeps,
): Promise<{ contentType: string; body: string }> {
  const merged = Registry.merge([registry, await scrapeRegistry(services)]);
  return { contentType: merged.contentType, body: await merged.metrics() };
}
