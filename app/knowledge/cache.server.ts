import { type Cache, cacheNames, cacheTags } from "#app/cache/cache.server.ts";

/** Knowledge-graph queries run through this; `key` must already include the audience if results differ by reader. */
export function cachedGraphQuery<T>(
  cache: Cache,
  key: string,
  ttlMs: number,
  compute: () => Promise<T>,
): Promise<T> {
  return cache.getOrCompute(cacheNames.knowledgeGraph, key, ttlMs, compute, {
    tags: [cacheTags.knowledgeGraph],
  });
}

/** Call after every knowledge-graph write. */
export function invalidateGraphQueries(cache: Cache): Promise<void> {
  return cache.invalidateTag(cacheTags.knowledgeGraph);
}
