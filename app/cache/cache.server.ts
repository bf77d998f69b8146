import { randomBytes } from "node:crypto";
import type { Redis } from "@upstash/redis";
import { LRUCache } from "lru-cache";
import { tracedCache } from "#app/observability/traced-cache.server.ts";
import type { Logger } from "../utils/log.server.ts";
import {
  createRedisClient,
  DEFAULT_REDIS_TIMEOUT_MS,
  FailureGuard,
} from "../utils/redis.server.ts";

/**
 * The one cache every subsystem uses (docs/decisions/005-cache-and-redis.md). An in-process LRU
 * on embedded defaults; Upstash Redis (over its REST protocol) when UPSTASH_REDIS_REST_URL and
 * _TOKEN are set, shared by every instance.
 *
 * - Keys live under `<namespace>:v<CACHE_KEY_VERSION>:`; bump the version when a cached shape
 *   changes, so a deploy never reads the previous shape.
 * - Tags: an entry remembers the version of each of its tags when it was computed; invalidating a
 *   tag gives it a new version, so every entry carrying it stops matching at once, on every
 *   instance, in one Redis call. A computation that started before the invalidation writes an
 *   entry that is already stale by construction.
 * - `getOrCompute` is single-flight per key in this process: concurrent callers of a key share
 *   one lookup and, on a miss, one computation.
 * - Fail open: a Redis call that fails or times out (300 ms, one quick retry) is counted, logged at
 *   most once a minute, and the value is computed from the source. After a failure Redis is left
 *   alone for a short cool-down; invalidations that could not be sent are kept and sent before
 *   the cache is trusted again. Recovery needs nobody.
 * - Values go through JSON on both back ends, so both behave the same (a Date comes back as a
 *   string). Treat what the cache returns as read-only: concurrent callers may share it.
 */

/** Bumped when a cached shape changes. */
export const CACHE_KEY_VERSION = 2;

/**
 * How long a tag's version is remembered after its last invalidation, and so the longest any
 * entry is kept: an entry must expire before the version it was checked against can be
 * forgotten, or an entry older than the forgotten invalidation would match again.
 */
export const MAX_TTL_MS = 24 * 3_600_000;

export type CacheTarget = { kind: "memory" } | { kind: "upstash"; url: string; token: string };

export interface CacheOptions {
  /** Key prefix, so several deployments (or test runs) can share one Redis. Default "nexus". */
  namespace?: string;
  log?: Logger;
  /** Redis: how long one call may take, retries included (default 300 ms). */
  timeoutMs?: number;
  /** Redis: how long to leave it alone after a failure before trying again (default 1 s). */
  cooldownMs?: number;
  /** How often a failing Redis is logged, at most (default 60 s). */
  logEveryMs?: number;
  /** Memory: how many entries are kept (default 10 000). */
  maxEntries?: number;
  /** Redis: a client to share (the rate limiter and the leases use the same one). */
  redis?: Redis;
}

export interface CacheSetOptions {
  tags?: string[];
}

export interface Cache {
  kind: "memory" | "upstash";
  /** The cached value, or undefined on a miss (and when the cache cannot answer). */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores a value for `ttlMs` (at most MAX_TTL_MS). Never throws: a failed write is counted and skipped. */
  set<T>(key: string, value: T, ttlMs: number, options?: CacheSetOptions): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every entry carrying any of these tags becomes stale, on every instance. */
  invalidateTag(...tags: string[]): Promise<void>;
  /** Every entry whose key starts with `prefix` is deleted (a SCAN on Redis: not for hot paths). */
  invalidatePrefix(prefix: string): Promise<void>;
  /**
   * The value of `name:key`, computed by `compute` on a miss and kept for `ttlMs`. Concurrent
   * callers of one key share one lookup and one computation. A computation that throws is not
   * cached; its error reaches every caller waiting on it. `undefined` is never cached.
   */
  getOrCompute<T>(
    name: string,
    key: string,
    ttlMs: number,
    compute: () => Promise<T>,
    options?: CacheSetOptions,
  ): Promise<T>;
  /** Hit, miss, error and latency figures per cache name (for the admin API and metrics export). */
  stats(): CacheStats;
  /** Throws when the back end does not answer (readiness). Not counted, not fail-open. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Named caches and tags used across the app

export const cacheTags = {
  /** Every module list (any write to any module). */
  modules: "modules",
  /** One module's own reads. */
  module: (id: string) => `module:${id}`,
  /** Knowledge-graph query results: invalidated on any graph write. */
  knowledgeGraph: "kg",
  /** Which AI models the configured providers offer. */
  aiModels: "ai-models",
} as const;

export const cacheNames = {
  modules: "modules",
  knowledgeGraph: "kg",
  aiModels: "ai-models",
  metrics: "metrics",
} as const;

// ---------------------------------------------------------------------------------------------
// Statistics

/** Upper bounds (ms) of the lookup-latency histogram buckets; a last bucket counts the rest. */
export const LATENCY_BUCKETS_MS = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000] as const;

export interface LatencyStats {
  count: number;
  sumMs: number;
  maxMs: number;
  /** Cumulative, Prometheus style: how many lookups took at most `le` ms. */
  buckets: { le: number | "+Inf"; count: number }[];
}

export interface CacheNameStats {
  name: string;
  /** Lookups the cache answered. */
  hits: number;
  /** Lookups the cache did not have (or had only stale). */
  misses: number;
  /** Calls to the back end that failed or timed out; the value came from the source. */
  errors: number;
  /** Lookups that skipped a failing back end (cool-down) and went to the source. */
  bypassed: number;
  /** Callers that joined a lookup or computation already in flight for the same key. */
  coalesced: number;
  /** Values computed from the source by getOrCompute. */
  computations: number;
  /** hits / (hits + misses), null before the first lookup. */
  hitRatio: number | null;
  /** Time of each lookup against the back end, hit or miss. */
  latency: LatencyStats;
}

export interface CacheStats {
  backend: "memory" | "upstash";
  namespace: string;
  keyVersion: number;
  since: string;
  /** Whether the back end answered its last call; false while Redis fails. */
  healthy: boolean;
  /** Failed back-end calls of every kind, and the latest one. */
  failures: { total: number; lastError: string | null; lastErrorAt: string | null };
  /** Invalidations waiting to be sent to a back end that could not take them. */
  pendingInvalidations: number;
  /** Entries held in process (memory back end only). */
  entries: number | null;
  caches: CacheNameStats[];
}

class NameCounters {
  hits = 0;
  misses = 0;
  errors = 0;
  bypassed = 0;
  coalesced = 0;
  computations = 0;
  latencyCount = 0;
  latencySum = 0;
  latencyMax = 0;
  buckets = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);

  observe(ms: number) {
    this.latencyCount += 1;
    this.latencySum += ms;
    if (ms > this.latencyMax) this.latencyMax = ms;
    let i = LATENCY_BUCKETS_MS.findIndex((le) => ms <= le);
    if (i === -1) i = LATENCY_BUCKETS_MS.length;
    this.buckets[i]! += 1;
  }

  snapshot(name: string): CacheNameStats {
    let cumulative = 0;
    const buckets = this.buckets.map((count, i) => {
      cumulative += count;
      return { le: LATENCY_BUCKETS_MS[i] ?? ("+Inf" as const), count: cumulative };
    });
    const lookups = this.hits + this.misses;
    return {
      name,
      hits: this.hits,
      misses: this.misses,
      errors: this.errors,
      bypassed: this.bypassed,
      coalesced: this.coalesced,
      computations: this.computations,
      hitRatio: lookups === 0 ? null : this.hits / lookups,
      latency: {
        count: this.latencyCount,
        sumMs: round(this.latencySum),
        maxMs: round(this.latencyMax),
        buckets,
      },
    };
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

// ---------------------------------------------------------------------------------------------
// Back ends: raw strings in, raw strings out

interface Backend {
  kind: Cache["kind"];
  /** The entry and the current version of each tag (null when a tag was never invalidated). */
  read(key: string, tagKeys: string[]): Promise<[string | null, (string | null)[]]>;
  readTags(tagKeys: string[]): Promise<(string | null)[]>;
  write(key: string, raw: string, ttlMs: number): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Kept MAX_TTL_MS after this call. */
  setTagVersions(tagKeys: string[], version: string): Promise<void>;
  removePrefix(prefix: string): Promise<void>;
  ping(): Promise<void>;
  size(): number | null;
  close(): Promise<void>;
}

function memoryBackend(maxEntries: number): Backend {
  const entries = new LRUCache<string, string>({ max: maxEntries });
  // Tag versions must not be evicted before the entries they guard, so they live in a plain map
  // (one per tag: a few names plus one per module), forgotten MAX_TTL_MS after their last change.
  const tagVersions = new Map<string, { version: string; until: number }>();
  let writesSinceSweep = 0;
  const versionOf = (tagKey: string) => {
    const held = tagVersions.get(tagKey);
    if (held && held.until <= Date.now()) {
      tagVersions.delete(tagKey);
      return null;
    }
    return held?.version ?? null;
  };
  return {
    kind: "memory",
    async read(key, tagKeys) {
      return [entries.get(key) ?? null, tagKeys.map(versionOf)];
    },
    async readTags(tagKeys) {
      return tagKeys.map(versionOf);
    },
    async write(key, raw, ttlMs) {
      entries.set(key, raw, { ttl: Math.max(1, ttlMs) });
    },
    async remove(keys) {
      for (const key of keys) entries.delete(key);
    },
    async setTagVersions(tagKeys, version) {
      const until = Date.now() + MAX_TTL_MS;
      for (const key of tagKeys) tagVersions.set(key, { version, until });
      writesSinceSweep += tagKeys.length;
      if (writesSinceSweep >= 1_000) {
        writesSinceSweep = 0;
        for (const key of [...tagVersions.keys()]) versionOf(key);
      }
    },
    async removePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
    async ping() {},
    size: () => entries.size,
    async close() {
      entries.clear();
      tagVersions.clear();
    },
  };
}

/** Escapes Redis glob characters, so a prefix matches only itself. */
const globEscape = (text: string) => text.replace(/[*?[\]\\]/g, "\\$&");

function upstashBackend(redis: Redis): Backend {
  return {
    kind: "upstash",
    async read(key, tagKeys) {
      const values = await redis.mget<(string | null)[]>(key, ...tagKeys);
      return [values[0] ?? null, values.slice(1)];
    },
    async readTags(tagKeys) {
      if (tagKeys.length === 0) return [];
      return redis.mget<(string | null)[]>(...tagKeys);
    },
    async write(key, raw, ttlMs) {
      await redis.set(key, raw, { px: Math.max(1, Math.round(ttlMs)) });
    },
    async remove(keys) {
      if (keys.length > 0) await redis.del(...keys);
    },
    async setTagVersions(tagKeys, version) {
      if (tagKeys.length === 0) return;
      const pipeline = redis.pipeline();
      for (const key of tagKeys) pipeline.set(key, version, { px: MAX_TTL_MS });
      await pipeline.exec();
    },
    async removePrefix(prefix) {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, {
          match: `${globEscape(prefix)}*`,
          count: 1000,
        });
        cursor = String(next);
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== "0");
    },
    async ping() {
      const answer = await redis.ping();
      if (answer !== "PONG") throw new Error(`Unexpected PING answer: ${answer}`);
    },
    size: () => null,
    async close() {},
  };
}

// ---------------------------------------------------------------------------------------------
// The cache

interface Entry {
  /** The value. */
  v: unknown;
  /** The version of each tag when the value was computed. */
  t?: Record<string, string>;
}

interface Flight {
  promise: Promise<unknown>;
  tags: string[];
}

const NO_VERSION = "0";
const newVersion = () => `${Date.now().toString(36)}.${randomBytes(6).toString("base64url")}`;

export function createCache(target: CacheTarget, options: CacheOptions = {}): Cache {
  const namespace = options.namespace ?? "nexus";
  const root = `${namespace}:v${CACHE_KEY_VERSION}:`;
  const dataKey = (key: string) => `${root}d:${key}`;
  const tagKey = (tag: string) => `${root}t:${tag}`;
  const backend =
    target.kind === "upstash"
      ? upstashBackend(
          options.redis ??
            createRedisClient(target, { timeoutMs: options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS }),
        )
      : memoryBackend(options.maxEntries ?? 10_000);
  const counters = new Map<string, NameCounters>();
  const countersOf = (name: string) => {
    let c = counters.get(name);
    if (!c) {
      c = new NameCounters();
      counters.set(name, c);
    }
    return c;
  };
  const since = new Date().toISOString();
  const flights = new Map<string, Flight>();

  // -- failure handling --------------------------------------------------------------------
  const guard = new FailureGuard({
    component: "cache",
    log: options.log,
    cooldownMs: options.cooldownMs,
    logEveryMs: options.logEveryMs,
  });
  const cooldownMs = options.cooldownMs ?? 1_000;
  const pendingTags = new Set<string>();
  const pendingPrefixes = new Set<string>();
  const pendingDeletes = new Set<string>();
  let retryTimer: NodeJS.Timeout | null = null;

  /** Runs a back-end call; undefined when the back end failed or is cooling down. */
  async function attempt<T>(
    operation: string,
    name: string | undefined,
    call: () => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    if (guard.open) {
      if (name) countersOf(name).bypassed += 1;
      return undefined;
    }
    const result = await guard.run(operation, call);
    if (!result && name) countersOf(name).errors += 1;
    return result;
  }

  const hasPending = () => pendingTags.size + pendingPrefixes.size + pendingDeletes.size > 0;

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flushPending().then((ok) => {
        if (!ok) scheduleRetry();
      });
    }, cooldownMs);
    retryTimer.unref();
  }

  /** Sends the invalidations that failed earlier; false while they still cannot be sent. */
  async function flushPending(): Promise<boolean> {
    if (!hasPending()) return true;
    const tags = [...pendingTags];
    const prefixes = [...pendingPrefixes];
    const deletes = [...pendingDeletes];
    const sent = await attempt("invalidate (retry)", undefined, async () => {
      await backend.setTagVersions(tags.map(tagKey), newVersion());
      for (const prefix of prefixes) await backend.removePrefix(dataKey(prefix));
      await backend.remove(deletes.map(dataKey));
    });
    if (!sent) return false;
    for (const t of tags) pendingTags.delete(t);
    for (const p of prefixes) pendingPrefixes.delete(p);
    for (const d of deletes) pendingDeletes.delete(d);
    return true;
  }

  /** Whether the back end may be read or written now (nothing invalidated is still unsent). */
  async function usable(): Promise<boolean> {
    return hasPending() ? flushPending() : true;
  }

  // -- entries -----------------------------------------------------------------------------

  const encode = (value: unknown, tags: string[], versions: (string | null)[]) => {
    const entry: Entry = { v: value };
    if (tags.length > 0) {
      entry.t = Object.fromEntries(tags.map((tag, i) => [tag, versions[i] ?? NO_VERSION]));
    }
    return JSON.stringify(entry);
  };

  const decode = (raw: string | null): Entry | undefined => {
    if (raw === null) return undefined;
    try {
      const entry = JSON.parse(raw) as Entry;
      return entry && typeof entry === "object" && "v" in entry ? entry : undefined;
    } catch {
      return undefined;
    }
  };

  /** Whether the entry's tag versions are the current ones. */
  const fresh = (entry: Entry, tags: string[], versions: (string | null)[]) => {
    const recorded = entry.t ?? {};
    if (Object.keys(recorded).length !== tags.length) return false;
    return tags.every((tag, i) => recorded[tag] === (versions[i] ?? NO_VERSION));
  };

  const nameOf = (key: string) => {
    const i = key.indexOf(":");
    return i === -1 ? key : key.slice(0, i);
  };

  type Lookup =
    | { status: "hit"; value: unknown }
    | { status: "miss"; versions: (string | null)[] }
    | { status: "unavailable" };

  /** One timed read of an entry and its tags' versions. */
  async function lookup(name: string, key: string, tags: string[]): Promise<Lookup> {
    const counter = countersOf(name);
    if (!(await usable())) {
      counter.bypassed += 1;
      return { status: "unavailable" };
    }
    const started = performance.now();
    const answer = await attempt("get", name, () => backend.read(dataKey(key), tags.map(tagKey)));
    if (!answer) return { status: "unavailable" };
    counter.observe(performance.now() - started);
    const [raw, versions] = answer.value;
    let entry = decode(raw);
    if (entry && tags.length === 0 && entry.t && Object.keys(entry.t).length > 0) {
      // A plain get of an entry written with tags: check the tags it was written with.
      const entryTags = Object.keys(entry.t);
      const current = await attempt("get", name, () => backend.readTags(entryTags.map(tagKey)));
      if (!current) return { status: "unavailable" };
      if (!fresh(entry, entryTags, current.value)) entry = undefined;
    } else if (entry && !fresh(entry, tags, versions)) {
      entry = undefined;
    }
    if (entry && entry.v !== undefined) {
      counter.hits += 1;
      return { status: "hit", value: entry.v };
    }
    counter.misses += 1;
    return { status: "miss", versions };
  }

  async function store(
    name: string,
    key: string,
    value: unknown,
    ttlMs: number,
    tags: string[],
    versions: (string | null)[],
  ) {
    if (value === undefined || !(await usable())) return;
    await attempt("set", name, () =>
      backend.write(dataKey(key), encode(value, tags, versions), Math.min(ttlMs, MAX_TTL_MS)),
    );
  }

  /** Later callers of these keys must not join a flight that started before an invalidation. */
  function dropFlights(match: (key: string, flight: Flight) => boolean) {
    for (const [key, flight] of flights) if (match(key, flight)) flights.delete(key);
  }

  function singleFlight<T>(name: string, key: string, tags: string[], run: () => Promise<T>) {
    const existing = flights.get(key);
    if (existing) {
      countersOf(name).coalesced += 1;
      return existing.promise as Promise<T>;
    }
    const promise = run().finally(() => {
      if (flights.get(key)?.promise === promise) flights.delete(key);
    });
    flights.set(key, { promise, tags });
    return promise;
  }

  // Every call gets a span when tracing is on (a no-op otherwise).
  return tracedCache({
    kind: backend.kind,

    async get<T>(key: string) {
      const name = nameOf(key);
      return singleFlight(name, `get ${key}`, [], async () => {
        const result = await lookup(name, key, []);
        return result.status === "hit" ? (result.value as T) : undefined;
      });
    },

    async set(key, value, ttlMs, setOptions) {
      const name = nameOf(key);
      const tags = setOptions?.tags ?? [];
      dropFlights((k) => k === `get ${key}` || k === key);
      if (!(await usable())) return;
      let versions: (string | null)[] = [];
      if (tags.length > 0) {
        const answer = await attempt("get", name, () => backend.readTags(tags.map(tagKey)));
        if (!answer) return;
        versions = answer.value;
      }
      await store(name, key, value, ttlMs, tags, versions);
    },

    async delete(key) {
      dropFlights((k) => k === `get ${key}` || k === key);
      const done =
        (await usable()) &&
        (await attempt("delete", nameOf(key), () => backend.remove([dataKey(key)])));
      if (!done) {
        pendingDeletes.add(key);
        scheduleRetry();
      }
    },

    async invalidateTag(...tags) {
      if (tags.length === 0) return;
      dropFlights((_k, flight) => flight.tags.some((t) => tags.includes(t)));
      const done = await attempt("invalidate", undefined, () =>
        backend.setTagVersions(tags.map(tagKey), newVersion()),
      );
      if (!done) {
        for (const tag of tags) pendingTags.add(tag);
        scheduleRetry();
      }
    },

    async invalidatePrefix(prefix) {
      dropFlights((k) => k.startsWith(prefix) || k.startsWith(`get ${prefix}`));
      const done = await attempt("invalidate", undefined, () =>
        backend.removePrefix(dataKey(prefix)),
      );
      if (!done) {
        pendingPrefixes.add(prefix);
        scheduleRetry();
      }
    },

    async getOrCompute<T>(
      name: string,
      key: string,
      ttlMs: number,
      compute: () => Promise<T>,
      computeOptions?: CacheSetOptions,
    ): Promise<T> {
      const tags = computeOptions?.tags ?? [];
      const fullKey = `${name}:${key}`;
      return singleFlight(name, fullKey, tags, async () => {
        const found = await lookup(name, fullKey, tags);
        if (found.status === "hit") return found.value as T;
        countersOf(name).computations += 1;
        const value = await compute();
        if (found.status === "miss") {
          // Stored with the tag versions read before computing: if an invalidation came in
          // between, the entry is stale from the start.
          await store(name, fullKey, value, ttlMs, tags, found.versions);
        }
        return value;
      });
    },

    stats() {
      const state = guard.state();
      return {
        backend: backend.kind,
        namespace,
        keyVersion: CACHE_KEY_VERSION,
        since,
        healthy: state.healthy,
        failures: {
          total: state.failures,
          lastError: state.lastError,
          lastErrorAt: state.lastErrorAt,
        },
        pendingInvalidations: pendingTags.size + pendingPrefixes.size + pendingDeletes.size,
        entries: backend.size(),
        caches: [...counters.entries()]
          .map(([name, c]) => c.snapshot(name))
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    },

    ping: () => backend.ping(),

    async close() {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      flights.clear();
      await backend.close();
    },
  });
}
