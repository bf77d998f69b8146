import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, test } from "vitest";
import { activityEvents, modules } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { startHttp } from "#tests/support/http.ts";
import { createRedisTestServices } from "#tests/support/services.ts";

/**
 * Nothing lost: module updates hammered from many clients while Redis (cache, rate limits)
 * drops out and comes back. Every write the API acknowledged is in Postgres exactly once (one
 * version step, one activity event), nothing it refused changed anything, and what readers see
 * afterwards, through the cache, is what Postgres holds.
 */

const redisUrl = process.env.TEST_REDIS_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

describe.skipIf(!redisUrl).each(testDatabaseKinds)(
  "module updates while Redis drops, on %s",
  (kind) => {
    test("every acknowledged write is in Postgres exactly once", { timeout: 120_000 }, async () => {
      const { services, relay, close } = await createRedisTestServices(redisUrl!, {
        database: kind,
        env: { API_RATE_LIMIT: "1000000" },
        shared: { cooldownMs: 200, timeoutMs: 300 },
      });
      cleanup.push(close);
      const http = await startHttp(services);
      cleanup.push(() => http.close());
      const operator = await signedInUser(services, "operator");
      const headers = {
        authorization: `Bearer ${operator.token}`,
        "content-type": "application/json",
      };

      const moduleIds: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await fetch(`${http.url}/api/v1/modules`, {
          method: "POST",
          headers,
          body: JSON.stringify({ slug: `lost-${i}`, name: `Lost ${i}`, kind: "service" }),
        });
        moduleIds.push((await response.json()).data.id);
      }
      const initial = new Map(
        (
          await services.database.db.select().from(modules).where(inArray(modules.id, moduleIds))
        ).map((m) => [m.id, m.version]),
      );

      interface Write {
        requestId: string;
        moduleId: string;
        description: string;
        status: number;
        version?: number;
      }
      const writes: Write[] = [];
      let running = true;
      const workers = Array.from({ length: 8 }, async (_, worker) => {
        for (let n = 0; running; n += 1) {
          const moduleId = moduleIds[(worker + n) % moduleIds.length]!;
          const requestId = `lost-${randomUUID()}`;
          const description = `worker ${worker} write ${n}`;
          const write: Write = { requestId, moduleId, description, status: 0 };
          writes.push(write);
          try {
            const response = await fetch(`${http.url}/api/v1/modules/${moduleId}`, {
              method: "PATCH",
              headers: { ...headers, "x-request-id": requestId },
              body: JSON.stringify({ description, load: (worker * 7 + n) % 101 }),
              signal: AbortSignal.timeout(15_000),
            });
            write.status = response.status;
            const body = await response.json();
            if (response.status === 200) write.version = body.data.version;
          } catch {
            write.status = -1;
          }
          // Readers too, through the cache.
          await fetch(`${http.url}/api/v1/modules/${moduleId}`, { headers });
        }
      });
      /** Waits until `count` more updates were sent (the machine may be slow), or 30 s. */
      const more = async (count: number) => {
        const target = writes.length + count;
        const deadline = Date.now() + 30_000;
        while (writes.length < target && Date.now() < deadline) await sleep(50);
      };
      await more(20);
      await relay.stop();
      const stoppedAt = writes.length;
      await sleep(1_000);
      await more(20);
      const duringOutage = writes.length - stoppedAt;
      await relay.start();
      await sleep(500);
      await more(20);
      running = false;
      await Promise.all(workers);

      const acknowledged = writes.filter((w) => w.status === 200);
      const refused = writes.filter((w) => w.status !== 200);
      console.log(
        `nothing lost (${kind}): ${writes.length} updates (${duringOutage} while Redis was gone), ` +
          `${acknowledged.length} acknowledged, refused: ${JSON.stringify(
            Object.fromEntries(
              [...new Set(refused.map((w) => w.status))].map((s) => [
                s,
                refused.filter((w) => w.status === s).length,
              ]),
            ),
          )}`,
      );
      expect(duringOutage).toBeGreaterThan(10);
      expect(acknowledged.length).toBeGreaterThan(10);
      // Losing a race is a 409 (compare-and-set on the version); nothing else goes wrong.
      expect(refused.filter((w) => w.status !== 409)).toEqual([]);

      const db = services.database.db;
      const events = await db
        .select({ requestId: activityEvents.requestId, subjectId: activityEvents.subjectId })
        .from(activityEvents)
        .where(
          and(
            eq(activityEvents.type, "module.updated"),
            inArray(activityEvents.subjectId, moduleIds),
          ),
        );
      const eventsByRequest = new Map<string, number>();
      for (const event of events) {
        eventsByRequest.set(event.requestId!, (eventsByRequest.get(event.requestId!) ?? 0) + 1);
      }
      // Each acknowledged write: exactly one event. Each refused write: none.
      for (const write of acknowledged)
        expect(eventsByRequest.get(write.requestId), write.requestId).toBe(1);
      for (const write of refused) expect(eventsByRequest.get(write.requestId)).toBeUndefined();
      expect(events.length).toBe(acknowledged.length);

      const rows = await db.select().from(modules).where(inArray(modules.id, moduleIds));
      for (const row of rows) {
        const mine = acknowledged.filter((w) => w.moduleId === row.id);
        // One version step per acknowledged write, no two acknowledged at the same version.
        expect(new Set(mine.map((w) => w.version)).size).toBe(mine.length);
        expect(row.version).toBe(initial.get(row.id)! + mine.length);
        const last = mine.reduce((a, b) => ((a.version ?? 0) > (b.version ?? 0) ? a : b));
        expect(row.description).toBe(last.description);
        // Readers, through the cache that missed invalidations during the outage, see it too.
        const seen = await (
          await fetch(`${http.url}/api/v1/modules/${row.id}`, { headers })
        ).json();
        expect(seen.data).toMatchObject({ version: row.version, description: row.description });
      }
    });
  },
);
