import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { type Cache, createCache } from "#app/cache/cache.server.ts";
import { cachedGraphQuery, invalidateGraphQueries } from "#app/knowledge/cache.server.ts";
import {
  createModule,
  getModuleCached,
  listModulesCached,
  type ModuleDeps,
  updateModule,
} from "#app/modules/modules.server.ts";
import { probeModule } from "#app/modules/probes.server.ts";
import { cachedModelAvailability, refreshModelAvailability } from "#app/sage/model-cache.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import type { RateLimitRule } from "#app/utils/rate-limit.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";
import {
  deleteRedisKeys,
  startUpstashRelay,
  type UpstashRelay,
} from "#tests/support/upstash-relay.ts";

/**
 * One suite, two back ends: the in-process LRU, and Upstash Redis as a real Redis behind the
 * Upstash-compatible relay (tests/support/upstash-relay.ts). The Redis half runs when
 * TEST_REDIS_URL is set (.ci/run sets it); each run keeps its keys under its own prefix and
 * deletes them afterwards, so parallel runs sharing one Redis do not collide.
 */
const redisUrl = process.env.TEST_REDIS_URL;
const SKIP_REASON =
  "TEST_REDIS_URL is not set; run with TEST_REDIS_URL=redis://127.0.0.1:6379 for the Redis half";
if (!redisUrl) console.warn(`cache.test.ts: Redis back end skipped: ${SKIP_REASON}`);

const system = { id: null, label: "test" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = () => randomBytes(4).toString("hex");

interface Backend {
  name: "memory" | "redis";
  /** Makes one more app instance on the same cache (and, for Redis, the same Redis). */
  services(options?: { cooldownMs?: number }): Promise<TestServices>;
  relay?: UpstashRelay;
  namespace: string;
  close(): Promise<void>;
}

async function memoryBackend(): Promise<Backend> {
  const namespace = `nexus-test-${process.pid}-${unique()}`;
  return {
    name: "memory",
    namespace,
    services: () => createTestServices({ shared: { namespace } }),
    async close() {},
  };
}

async function redisBackend(url: string): Promise<Backend> {
  const relay = await startUpstashRelay({ redisUrl: url });
  const namespace = `nexus-test-${process.pid}-${unique()}`;
  return {
    name: "redis",
    namespace,
    relay,
    services: (options = {}) =>
      createTestServices({
        env: { UPSTASH_REDIS_REST_URL: relay.url, UPSTASH_REDIS_REST_TOKEN: relay.token },
        shared: { namespace, cooldownMs: options.cooldownMs ?? 100 },
      }),
    async close() {
      await relay.close();
      await deleteRedisKeys(url, `${namespace}:`);
    },
  };
}

/** A second instance of the app on the same database and the same cache back end. */
function sameDatabaseInstance(
  services: TestServices,
  namespace: string,
): ModuleDeps & {
  cache: Cache;
} {
  return {
    database: services.database,
    events: services.events,
    cache: createCache(services.config.cache, { namespace, cooldownMs: 100 }),
  };
}

const backends: { name: "memory" | "redis"; make: () => Promise<Backend>; skip: boolean }[] = [
  { name: "memory", make: memoryBackend, skip: false },
  { name: "redis", make: () => redisBackend(redisUrl ?? ""), skip: !redisUrl },
];

for (const { name, make, skip } of backends) {
  const title = skip ? `${name} back end (skipped: ${SKIP_REASON})` : `${name} back end`;

  describe.skipIf(skip)(title, () => {
    let backend: Backend;
    let services: TestServices;
    let cache: Cache;

    beforeAll(async () => {
      backend = await make();
      services = await backend.services();
      cache = services.cache;
    });
    afterAll(async () => {
      await services?.destroy();
      await backend?.close();
    });

    test("the services use the expected back ends", () => {
      expect(cache.kind).toBe(name === "redis" ? "upstash" : "memory");
      expect(services.rateLimiter.kind).toBe(name === "redis" ? "upstash" : "memory");
      expect(services.leases.kind).toBe(name === "redis" ? "redis" : "postgres");
    });

    test.runIf(name === "redis")("calls go through the relay to the real Redis", async () => {
      const before = backend.relay!.requests;
      await cache.set(`through:${unique()}`, 1, 10_000);
      await cache.ping();
      expect(backend.relay!.requests - before).toBe(2);
    });

    describe("get, set, delete and TTL", () => {
      test("a value comes back as JSON would give it, until deleted", async () => {
        const key = `basic:${unique()}`;
        expect(await cache.get(key)).toBeUndefined();
        await cache.set(key, { n: 1, text: "héllo ✓", list: [1, "2"], when: new Date(0) }, 60_000);
        expect(await cache.get(key)).toEqual({
          n: 1,
          text: "héllo ✓",
          list: [1, "2"],
          when: "1970-01-01T00:00:00.000Z",
        });
        await cache.delete(key);
        expect(await cache.get(key)).toBeUndefined();
      });

      test("strings that look like JSON stay strings; null is a value", async () => {
        const key = `basic:${unique()}`;
        await cache.set(key, "123", 60_000);
        expect(await cache.get(key)).toBe("123");
        await cache.set(key, null, 60_000);
        expect(await cache.get(key)).toBeNull();
      });

      test("an entry expires after its TTL", async () => {
        const key = `ttl:${unique()}`;
        await cache.set(key, "soon gone", 150);
        expect(await cache.get(key)).toBe("soon gone");
        await sleep(300);
        expect(await cache.get(key)).toBeUndefined();
      });

      test("getOrCompute computes again once the TTL has passed", async () => {
        const compute = vi.fn(async () => "value");
        const key = unique();
        await cache.getOrCompute("ttl", key, 150, compute);
        await cache.getOrCompute("ttl", key, 150, compute);
        expect(compute).toHaveBeenCalledTimes(1);
        await sleep(300);
        await cache.getOrCompute("ttl", key, 150, compute);
        expect(compute).toHaveBeenCalledTimes(2);
      });
    });

    describe("invalidation", () => {
      test("by tag: entries with the tag are computed again, others are kept", async () => {
        const tag = `tag-${unique()}`;
        let version = 1;
        const tagged = vi.fn(async () => `tagged ${version}`);
        const other = vi.fn(async () => "other");
        const key = unique();
        expect(await cache.getOrCompute("inv", `a:${key}`, 60_000, tagged, { tags: [tag] })).toBe(
          "tagged 1",
        );
        await cache.getOrCompute("inv", `b:${key}`, 60_000, other, { tags: ["unrelated"] });
        version = 2;
        expect(await cache.getOrCompute("inv", `a:${key}`, 60_000, tagged, { tags: [tag] })).toBe(
          "tagged 1",
        );
        await cache.invalidateTag(tag);
        expect(await cache.getOrCompute("inv", `a:${key}`, 60_000, tagged, { tags: [tag] })).toBe(
          "tagged 2",
        );
        await cache.getOrCompute("inv", `b:${key}`, 60_000, other, { tags: ["unrelated"] });
        expect(tagged).toHaveBeenCalledTimes(2);
        expect(other).toHaveBeenCalledTimes(1);
      });

      test("by tag on a plain set/get entry", async () => {
        const tag = `tag-${unique()}`;
        const key = `plain:${unique()}`;
        await cache.set(key, "v", 60_000, { tags: [tag] });
        expect(await cache.get(key)).toBe("v");
        await cache.invalidateTag(tag);
        expect(await cache.get(key)).toBeUndefined();
      });

      test("by prefix: keys under it are deleted, others kept", async () => {
        const prefix = `pre-${unique()}:`;
        await cache.set(`${prefix}one`, 1, 60_000);
        await cache.set(`${prefix}two`, 2, 60_000);
        await cache.set(`keep-${unique()}`, 3, 60_000);
        const kept = `keep-${unique()}:x`;
        await cache.set(kept, 3, 60_000);
        await cache.invalidatePrefix(prefix);
        expect(await cache.get(`${prefix}one`)).toBeUndefined();
        expect(await cache.get(`${prefix}two`)).toBeUndefined();
        expect(await cache.get(kept)).toBe(3);
      });

      test("a computation that started before an invalidation is neither joined nor kept", async () => {
        const tag = `tag-${unique()}`;
        const key = unique();
        let release!: () => void;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        let source = "old";
        const slow = vi.fn(async () => {
          const seen = source;
          await gate;
          return seen;
        });
        const first = cache.getOrCompute("race", key, 60_000, slow, { tags: [tag] });
        await sleep(20);
        source = "new";
        await cache.invalidateTag(tag);
        const second = cache.getOrCompute("race", key, 60_000, slow, { tags: [tag] });
        release();
        expect(await first).toBe("old");
        expect(await second).toBe("new");
        expect(slow).toHaveBeenCalledTimes(2);
        // Whichever wrote last, the stale value is never served.
        expect(
          await cache.getOrCompute("race", key, 60_000, async () => "recomputed", { tags: [tag] }),
        ).not.toBe("old");
      });
    });

    test("single flight: 50 concurrent misses make one computation", async () => {
      const key = unique();
      const compute = vi.fn(async () => {
        await sleep(50);
        return { computedAt: Date.now() };
      });
      const before = cache.stats().caches.find((c) => c.name === "flight");
      const results = await Promise.all(
        Array.from({ length: 50 }, () => cache.getOrCompute("flight", key, 60_000, compute)),
      );
      expect(compute).toHaveBeenCalledTimes(1);
      expect(new Set(results.map((r) => r.computedAt)).size).toBe(1);
      const after = cache.stats().caches.find((c) => c.name === "flight")!;
      expect(after.computations - (before?.computations ?? 0)).toBe(1);
      expect(after.coalesced - (before?.coalesced ?? 0)).toBe(49);
      expect(after.misses - (before?.misses ?? 0)).toBe(1);
    });

    test("a computation that throws is not cached, and its error reaches every caller", async () => {
      const key = unique();
      const failing = vi.fn(async () => {
        await sleep(10);
        throw new Error("source down");
      });
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => cache.getOrCompute("throws", key, 60_000, failing)),
      );
      expect(results.every((r) => r.status === "rejected")).toBe(true);
      expect(failing).toHaveBeenCalledTimes(1);
      expect(await cache.getOrCompute("throws", key, 60_000, async () => "fine")).toBe("fine");
    });

    test("the named helpers for later work use their tags", async () => {
      const graph = vi.fn(async () => ({ nodes: 1 }));
      const key = `q:${unique()}`;
      await cachedGraphQuery(cache, key, 60_000, graph);
      await cachedGraphQuery(cache, key, 60_000, graph);
      expect(graph).toHaveBeenCalledTimes(1);
      await invalidateGraphQueries(cache);
      await cachedGraphQuery(cache, key, 60_000, graph);
      expect(graph).toHaveBeenCalledTimes(2);

      const models = vi.fn(async () => ["llama3"]);
      const provider = `ollama-${unique()}`;
      await cachedModelAvailability(cache, provider, models);
      await cachedModelAvailability(cache, provider, models);
      expect(models).toHaveBeenCalledTimes(1);
      // Invalidates the tag for every instance and this process's recent answers at once.
      await refreshModelAvailability(cache);
      await cachedModelAvailability(cache, provider, models);
      expect(models).toHaveBeenCalledTimes(2);
    });

    describe("module states", () => {
      let counter = 0;
      const newModule = () => {
        counter += 1;
        return createModule(
          services,
          {
            slug: `cached_${name}_${counter}`,
            name: `Cached ${counter}`,
            kind: "cognition",
            status: "active",
            healthEndpoint: "http://127.0.0.1:9/health",
          },
          system,
        );
      };

      test("a module update through the service is seen by the next read, on every instance", async () => {
        const module = await newModule();
        // On Redis a second instance shares the cache; in memory the cache is per process, so
        // the "other instance" is this one.
        const other =
          name === "redis" ? sameDatabaseInstance(services, backend.namespace) : services;
        try {
          expect((await getModuleCached(services, module.id)).name).toBe(module.name);
          const list = { limit: 100 };
          expect((await listModulesCached(other, list)).items.map((m) => m.id)).toContain(
            module.id,
          );
          // Both reads again: now from the cache.
          const hitsBefore =
            other.cache.stats().caches.find((c) => c.name === "modules")?.hits ?? 0;
          expect((await getModuleCached(other, module.id)).name).toBe(module.name);
          await listModulesCached(other, list);
          const hitsAfter = other.cache.stats().caches.find((c) => c.name === "modules")!.hits;
          expect(hitsAfter - hitsBefore).toBe(2);

          await updateModule(services, module.id, { name: "Renamed" }, undefined, system);
          expect((await getModuleCached(other, module.id)).name).toBe("Renamed");
          expect((await getModuleCached(other, module.id)).version).toBe(2);
          const listed = (await listModulesCached(other, list)).items.find(
            (m) => m.id === module.id,
          );
          expect(listed?.name).toBe("Renamed");
        } finally {
          if (other !== services) await other.cache.close();
        }
      });

      test("a probe status change invalidates too", async () => {
        const module = await newModule();
        const other =
          name === "redis" ? sameDatabaseInstance(services, backend.namespace) : services;
        try {
          expect((await getModuleCached(other, module.id)).status).toBe("active");
          expect((await getModuleCached(other, module.id)).lastProbe).toBeNull();
          const failing = (async () => new Response("down", { status: 503 })) as typeof fetch;
          await probeModule(services, module, failing);
          const after = await getModuleCached(other, module.id);
          expect(after.status).toBe("warning");
          expect(after.lastProbe).toMatchObject({ ok: false });
          expect(
            (await listModulesCached(other, { limit: 100 })).items.find((m) => m.id === module.id)
              ?.status,
          ).toBe("warning");
        } finally {
          if (other !== services) await other.cache.close();
        }
      });
    });

    describe("over HTTP", () => {
      let http: Awaited<ReturnType<typeof startHttp>>;
      let admin: Awaited<ReturnType<typeof signedInUser>>;
      let operator: Awaited<ReturnType<typeof signedInUser>>;

      beforeAll(async () => {
        http = await startHttp(services);
        admin = await signedInUser(services, "admin");
        operator = await signedInUser(services, "operator");
      });
      afterAll(async () => {
        await http?.close();
      });

      const call = (path: string, init: RequestInit & { token?: string } = {}) =>
        fetch(`${http.url}/api/v1${path}`, {
          ...init,
          headers: {
            authorization: `Bearer ${init.token ?? operator.token}`,
            ...(init.body ? { "content-type": "application/json" } : {}),
            ...init.headers,
          },
        });

      test("GET /modules and /modules/{id} are cached until a PATCH, which the next GET shows", async () => {
        const created = await call("/modules", {
          method: "POST",
          body: JSON.stringify({ slug: `http_${name}_${unique()}`, name: "Over HTTP", kind: "k" }),
        });
        expect(created.status).toBe(201);
        const { data: module } = await created.json();
        for (let i = 0; i < 2; i++) {
          const one = await call(`/modules/${module.id}`);
          expect(one.status).toBe(200);
          expect(one.headers.get("etag")).toBe('"1"');
          expect((await call("/modules?limit=100")).status).toBe(200);
        }
        const patched = await call(`/modules/${module.id}`, {
          method: "PATCH",
          body: JSON.stringify({ name: "Patched", version: 1 }),
        });
        expect(patched.status).toBe(200);
        const again = await call(`/modules/${module.id}`);
        expect(again.headers.get("etag")).toBe('"2"');
        expect((await again.json()).data.name).toBe("Patched");
        const list = await (await call("/modules?limit=100")).json();
        expect(list.data.find((m: { id: string }) => m.id === module.id).name).toBe("Patched");
      });

      test("GET /admin/cache: per-cache figures for admins, refused to operators", async () => {
        const refused = await call("/admin/cache");
        expect(refused.status).toBe(403);
        const response = await call("/admin/cache", { token: admin.token });
        expect(response.status).toBe(200);
        const { data } = await response.json();
        expect(data.backend).toBe(name === "redis" ? "upstash" : "memory");
        expect(data.namespace).toBe(backend.namespace);
        expect(data.rateLimits.backend).toBe(name === "redis" ? "upstash" : "memory");
        expect(data.leases.backend).toBe(name === "redis" ? "redis" : "postgres");
        const modules = data.caches.find((c: { name: string }) => c.name === "modules");
        expect(modules.hits).toBeGreaterThan(0);
        expect(modules.misses).toBeGreaterThan(0);
        expect(modules.latency.count).toBe(modules.hits + modules.misses);
        expect(modules.latency.buckets.at(-1)).toEqual({
          le: "+Inf",
          count: modules.latency.count,
        });
      });
    });

    describe("rate limits", () => {
      const rule = (): RateLimitRule => ({ name: `test-${unique()}`, limit: 3, windowMs: 60_000 });

      test("the limit refuses once reached, and reset lifts it", async () => {
        const r = rule();
        const results = [];
        for (let i = 0; i < 4; i++) results.push(await services.rateLimiter.limit(r, "someone"));
        expect(results.map((x) => x.success)).toEqual([true, true, true, false]);
        expect(results[0]).toMatchObject({ limit: 3, remaining: 2 });
        expect(results[3]!.remaining).toBe(0);
        expect(results[3]!.reset).toBeGreaterThan(Date.now());
        // Another key is counted apart.
        expect((await services.rateLimiter.limit(r, "someone else")).success).toBe(true);
        await services.rateLimiter.reset(r, "someone");
        expect((await services.rateLimiter.limit(r, "someone")).success).toBe(true);
      });

      test("refund gives back one counted request", async () => {
        const r = rule();
        for (let i = 0; i < 3; i++) await services.rateLimiter.limit(r, "refunded");
        expect((await services.rateLimiter.limit(r, "refunded")).success).toBe(false);
        await services.rateLimiter.refund(r, "refunded");
        expect((await services.rateLimiter.limit(r, "refunded")).success).toBe(true);
        expect((await services.rateLimiter.limit(r, "refunded")).success).toBe(false);
      });

      test.runIf(name === "redis")("instances share one count", async () => {
        const second = await backend.services();
        try {
          const r = rule();
          expect((await services.rateLimiter.limit(r, "shared")).success).toBe(true);
          expect((await second.rateLimiter.limit(r, "shared")).success).toBe(true);
          expect((await services.rateLimiter.limit(r, "shared")).success).toBe(true);
          expect((await second.rateLimiter.limit(r, "shared")).success).toBe(false);
          // A reset on one instance (a successful sign-in) lifts it on the others.
          await services.rateLimiter.reset(r, "shared");
          expect((await second.rateLimiter.limit(r, "shared")).success).toBe(true);
        } finally {
          await second.destroy();
        }
      });
    });

    describe("leases", () => {
      test("one holder at a time; renewal by the holder; release only by the holder", async () => {
        // On Redis: two instances with separate databases, so only Redis can make them agree.
        // On embedded defaults: two holders on the one Postgres (PGlite) database.
        const second = name === "redis" ? await backend.services() : services;
        try {
          const lease = `lease-${unique()}`;
          const a = `instance-a-${unique()}`;
          const b = `instance-b-${unique()}`;
          const dbA = services.database.db;
          const dbB = second.database.db;
          expect(await acquireLease(dbA, lease, a, 5_000)).toBe(true);
          expect(await acquireLease(dbB, lease, b, 5_000)).toBe(false);
          expect(await acquireLease(dbA, lease, a, 5_000)).toBe(true);
          await releaseLease(dbB, lease, b);
          expect(await acquireLease(dbB, lease, b, 5_000)).toBe(false);
          await releaseLease(dbA, lease, a);
          expect(await acquireLease(dbB, lease, b, 5_000)).toBe(true);
          expect(await acquireLease(dbA, lease, a, 5_000)).toBe(false);
        } finally {
          if (second !== services) await second.destroy();
        }
      });

      test("a lease its holder stops renewing passes to another after its TTL", async () => {
        const second = name === "redis" ? await backend.services() : services;
        try {
          const lease = `lease-${unique()}`;
          expect(await services.leases.acquire(lease, "a", 200)).toBe(true);
          expect(await second.leases.acquire(lease, "b", 200)).toBe(false);
          await sleep(350);
          expect(await second.leases.acquire(lease, "b", 200)).toBe(true);
        } finally {
          if (second !== services) await second.destroy();
        }
      });
    });

    describe.runIf(name === "redis")("fail open when Redis goes away", () => {
      let outage: TestServices;
      let http: Awaited<ReturnType<typeof startHttp>>;
      let viewer: Awaited<ReturnType<typeof signedInUser>>;

      beforeAll(async () => {
        outage = await backend.services({ cooldownMs: 100 });
        http = await startHttp(outage);
        viewer = await signedInUser(outage, "viewer");
      });
      afterAll(async () => {
        await backend.relay?.start();
        await http?.close();
        await outage?.destroy();
      });

      const get = (path: string) =>
        fetch(`${http.url}/api/v1${path}`, {
          headers: { authorization: `Bearer ${viewer.token}` },
        });

      test("requests are served from the source, errors counted and logged once; recovery is automatic", async () => {
        const relay = backend.relay!;
        const module = await createModule(
          outage,
          { slug: `outage_${unique()}`, name: "Before", kind: "k" },
          system,
        );
        // Warm: the second read is a hit.
        expect((await get(`/modules/${module.id}`)).status).toBe(200);
        expect((await (await get(`/modules/${module.id}`)).json()).data.name).toBe("Before");
        const modulesStats = () => outage.cache.stats().caches.find((c) => c.name === "modules")!;
        expect(modulesStats().hits).toBeGreaterThan(0);

        await relay.stop();
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          statuses.push((await get(`/modules/${module.id}`)).status);
          statuses.push((await get("/modules")).status);
          await sleep(60);
        }
        expect(statuses.every((s) => s === 200)).toBe(true);
        expect(modulesStats().errors).toBeGreaterThan(0);
        expect(outage.cache.stats().healthy).toBe(false);
        const computationsDuringOutage = modulesStats().computations;

        // A write during the outage: its invalidation cannot be sent, so it waits.
        await updateModule(outage, module.id, { name: "During outage" }, undefined, system);
        expect(outage.cache.stats().pendingInvalidations).toBeGreaterThan(0);
        const during = await (await get(`/modules/${module.id}`)).json();
        expect(during.data.name).toBe("During outage");

        // Logged at most once per interval, however many calls failed.
        const warnings = outage.logLines.filter((l) =>
          String(l.msg).startsWith("cache: Redis unavailable"),
        );
        expect(warnings).toHaveLength(1);
        expect(outage.cache.stats().failures.total).toBeGreaterThan(1);
        // Rate limits fell back to counting in process instead of refusing or failing.
        expect(outage.rateLimiter.kind).toBe("upstash");

        await relay.start();
        await sleep(150);
        // The pre-outage entry is not served: the pending invalidation goes first.
        await expect
          .poll(async () => (await (await get(`/modules/${module.id}`)).json()).data.name, {
            timeout: 3_000,
          })
          .toBe("During outage");
        await expect.poll(() => outage.cache.stats().healthy, { timeout: 3_000 }).toBe(true);
        expect(outage.cache.stats().pendingInvalidations).toBe(0);
        // Hits again.
        const hits = modulesStats().hits;
        await get(`/modules/${module.id}`);
        await get(`/modules/${module.id}`);
        expect(modulesStats().hits).toBeGreaterThan(hits);
        expect(modulesStats().computations).toBeGreaterThanOrEqual(computationsDuringOutage);
        expect(
          outage.logLines.some((l) => String(l.msg).startsWith("cache: Redis answers again")),
        ).toBe(true);
      });

      test("leases fall back to Postgres while Redis is away", async () => {
        const relay = backend.relay!;
        await relay.stop();
        try {
          const lease = `lease-${unique()}`;
          expect(await outage.leases.acquire(lease, "a", 5_000)).toBe(true);
          expect(await outage.leases.acquire(lease, "b", 5_000)).toBe(false);
          await outage.leases.release(lease, "a");
        } finally {
          await relay.start();
        }
      });
    });
  });
}
