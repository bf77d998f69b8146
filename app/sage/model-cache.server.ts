import { type Cache, cacheNames, cacheTags } from "#app/cache/cache.server.ts";
import { singleton } from "#app/utils/singleton.server.ts";

/** How long a provider's model list is trusted: short, models come and go as people pull them. */
export const AI_MODELS_TTL_MS = 30_000;

/**
 * How long a process reuses the shared answer about a provider without asking the cache again
 * (a Redis round trip before each generation's first token). A refresh made on this instance
 * (`refreshModelAvailability`) drops it at once; one made on another instance is seen within this.
 */
export const AI_MODELS_LOCAL_MS = 2_000;
const localAvailability = singleton(
  "model-availability",
  () => new WeakMap<Cache, Map<string, { value: unknown; until: number }>>(),
);
const localAvailabilityOf = (cache: Cache) => {
  let answers = localAvailability.get(cache);
  if (!answers) {
    answers = new Map();
    localAvailability.set(cache, answers);
  }
  return answers;
};

/**
 * The models one AI provider offers, asked of the provider at most every AI_MODELS_TTL_MS (the
 * shared cache), and of the shared cache at most every AI_MODELS_LOCAL_MS by this process.
 */
export async function cachedModelAvailability<T>(
  cache: Cache,
  provider: string,
  compute: () => Promise<T>,
): Promise<T> {
  const local = localAvailabilityOf(cache);
  const held = local.get(provider);
  if (held && held.until > Date.now()) return held.value as T;
  const value = await cache.getOrCompute(cacheNames.aiModels, provider, AI_MODELS_TTL_MS, compute, {
    tags: [cacheTags.aiModels],
  });
  local.set(provider, { value, until: Date.now() + AI_MODELS_LOCAL_MS });
  return value;
}

/** Every provider is asked again on its next lookup, here at once and on other instances too. */
export async function refreshModelAvailability(cache: Cache): Promise<void> {
  localAvailabilityOf(cache).clear();
  await cache.invalidateTag(cacheTags.aiModels);
}
