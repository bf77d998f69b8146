import type { Cache } from "#app/cache/cache.server.ts";
import { withSpan } from "./tracing.server.ts";

/** The cache name of a key ("modules:list" -> "modules"), as the cache's statistics count it. */
const nameOf = (key: string) => key.split(":", 1)[0] ?? key;

/**
 * The same cache with a span around every call ("cache.get", "cache.get_or_compute", ...), named
 * by cache name, never by key. A computation's own spans (its queries) nest under its lookup.
 */
export function tracedCache(cache: Cache): Cache {
  const system = { "nexus.cache.backend": cache.kind };
  return {
    ...cache,
    kind: cache.kind,
    get: (key) =>
      withSpan("cache.get", { ...system, "nexus.cache.name": nameOf(key) }, async (span) => {
        const value = await cache.get<never>(key);
        span.setAttribute("nexus.cache.hit", value !== undefined);
        return value;
      }),
    set: (key, value, ttlMs, options) =>
      withSpan("cache.set", { ...system, "nexus.cache.name": nameOf(key) }, () =>
        cache.set(key, value, ttlMs, options),
      ),
    delete: (key) =>
      withSpan("cache.delete", { ...system, "nexus.cache.name": nameOf(key) }, () =>
        cache.delete(key),
      ),
    invalidateTag: (...tags) =>
      withSpan("cache.invalidate_tag", { ...system, "nexus.cache.tags": tags }, () =>
        cache.invalidateTag(...tags),
      ),
    invalidatePrefix: (prefix) =>
      withSpan("cache.invalidate_prefix", system, () => cache.invalidatePrefix(prefix)),
    getOrCompute: (name, key, ttlMs, compute, options) =>
      withSpan("cache.get_or_compute", { ...system, "nexus.cache.name": name }, () =>
        cache.getOrCompute(name, key, ttlMs, compute, options),
      ),
    stats: () => cache.stats(),
    ping: () => cache.ping(),
    close: () => cache.close(),
  };
}
