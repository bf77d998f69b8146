import { Redis } from "@upstash/redis";
import { LRUCache } from "lru-cache";

/**
 * The one cache every subsystem uses. In-process LRU on embedded defaults; Upstash Redis (over its
 * REST protocol) when UPSTASH_REDIS_REST_URL and _TOKEN are set.
 */
export interface Cache {
  kind: "memory" | "upstash";
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type CacheTarget = { kind: "memory" } | { kind: "upstash"; url: string; token: string };

/** Bumped when a cached shape changes, so a deploy never reads the previous shape. */
const KEY_VERSION = "v1";
const namespaced = (key: string) => `nexus:${KEY_VERSION}:${key}`;

function memoryCache(): Cache {
  const lru = new LRUCache<string, { value: unknown }>({ max: 10_000, ttlAutopurge: false });
  return {
    kind: "memory",
    async get<T>(key: string) {
      return lru.get(namespaced(key))?.value as T | undefined;
    },
    async set(key, value, ttlMs) {
      lru.set(namespaced(key), { value }, { ttl: ttlMs });
    },
    async delete(key) {
      lru.delete(namespaced(key));
    },
    async ping() {},
    async close() {
      lru.clear();
    },
  };
}

function upstashCache(url: string, token: string): Cache {
  const redis = new Redis({
    url,
    token,
    // The default (5 retries with backoff) takes ~4 s to give up; a cache must fail fast.
    retry: { retries: 1, backoff: () => 50 },
    automaticDeserialization: false,
  });
  return {
    kind: "upstash",
    async get<T>(key: string) {
      const raw = await redis.get<string>(namespaced(key));
      return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value, ttlMs) {
      await redis.set(namespaced(key), JSON.stringify(value), { px: Math.max(1, ttlMs) });
    },
    async delete(key) {
      await redis.del(namespaced(key));
    },
    async ping() {
      const answer = await redis.ping();
      if (answer !== "PONG") throw new Error(`Unexpected PING answer: ${answer}`);
    },
    async close() {},
  };
}

export function createCache(target: CacheTarget): Cache {
  return target.kind === "upstash" ? upstashCache(target.url, target.token) : memoryCache();
}
