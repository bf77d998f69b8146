import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod/v4";
import type { Method, Operation } from "#app/api/api.server.ts";
import { apiDefinitionsOf } from "#app/api/registry.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { goalRuns, kgNodes, kgSources, roomMessages, rooms } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { builtApp } from "#tests/support/build.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * One policy for every request body: a field the operation does not know is refused with a 400
 * that names it, and nothing changes. Checked two ways: every object schema reachable from every
 * operation's body in the server build's route table is strict (so a route added later is
 * covered without anyone remembering), and a handful of real operations refuse such a body over
 * HTTP and store nothing.
 */

// ---------------------------------------------------------------------------------------------
// Every body schema is strict

type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def } };

const isSchema = (value: unknown): value is Schema =>
  typeof (value as Schema | null)?._zod?.def?.type === "string";

/**
 * Where, inside `schema`, an object lets fields it does not name through (its catchall is not
 * `never`), as paths such as `sources[].(option 2).statement`. Follows every schema a def holds
 * (optional, nullable, default, pipe, array, union, intersection, record, tuple, ...) and lazy
 * getters, so no kind of wrapper hides an object.
 */
function lenientObjectsIn(schema: unknown, at = "body"): string[] {
  const found: string[] = [];
  // The schemas on the way down, so a lazy schema that contains itself ends the walk.
  const ancestors = new Set<unknown>();
  const walk = (node: unknown, path: string) => {
    if (!isSchema(node) || ancestors.has(node)) return;
    ancestors.add(node);
    const def = node._zod.def;
    if (def.type === "object") {
      const catchall = def.catchall;
      if (!isSchema(catchall) || catchall._zod.def.type !== "never") found.push(path);
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        walk(field, `${path}.${key}`);
      }
    } else {
      if (def.type === "lazy") walk((def.getter as () => unknown)(), path);
      for (const [key, value] of Object.entries(def)) {
        if (key === "checks") continue;
        if (isSchema(value)) walk(value, def.type === "array" ? `${path}[]` : path);
        else if (Array.isArray(value)) {
          value.forEach((inner, index) => {
            walk(
              inner,
              def.type === "union" ? `${path}.(option ${index + 1})` : `${path}.${index}`,
            );
          });
        }
      }
    }
    ancestors.delete(node);
  };
  walk(schema, at);
  return found;
}

const bodies = apiDefinitionsOf((await builtApp()).build.routes).flatMap((definition) =>
  (Object.entries(definition.operations) as [Method, Operation][])
    .filter(([, op]) => op.body)
    .map(([method, op]) => ({ name: `${method} ${definition.path}`, body: op.body! })),
);

describe("every operation's request body", () => {
  test("the walk finds an object that lets unknown fields through, wherever it is nested", () => {
    const strict = z.strictObject({ a: z.string() });
    const lenient = z.object({ b: z.string() });
    expect(lenientObjectsIn(strict)).toEqual([]);
    expect(lenientObjectsIn(lenient)).toEqual(["body"]);
    expect(lenientObjectsIn(z.looseObject({}))).toEqual(["body"]);
    const nested = z.strictObject({
      list: z.array(z.union([strict, lenient])).optional(),
      inner: z.strictObject({ deep: lenient.nullable().default(null) }).refine(() => true),
      piped: z.preprocess((value) => value, lenient),
      both: z.intersection(strict, lenient),
      map: z.record(z.string(), lenient),
      later: z.lazy(() => lenient),
      pair: z.tuple([z.string(), lenient]),
    });
    expect(lenientObjectsIn(nested).sort()).toEqual(
      [
        "body.both",
        "body.inner.deep",
        "body.later",
        "body.list[].(option 2)",
        "body.map",
        "body.pair.1",
        "body.piped",
      ].sort(),
    );
  });

  test("is found in the route table", () => {
    const names = bodies.map((b) => b.name);
    expect(names.length).toBeGreaterThan(25);
    expect(names).toEqual(
      expect.arrayContaining(["POST /rooms", "POST /knowledge/nodes", "POST /sage/goals"]),
    );
  });

  test.each(bodies)("$name refuses fields it does not know, at every level", ({ body }) => {
    expect(lenientObjectsIn(body)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Real operations refuse them and change nothing

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  // No model server: nothing here should get as far as asking one.
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
});
afterAll(async () => {
  await settleGoalRuns(services);
  await http?.close();
  await services?.destroy();
});

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

type Issue = { in: string; path: string; message: string };

/** A 400 VALIDATION_FAILED whose issues are exactly the given body fields, each named as unknown. */
function expectRefused(
  answer: {
    status: number;
    body: { success: boolean; error: { code: string; details: { issues: Issue[] } } };
  },
  paths: string[],
) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.success).toBe(false);
  expect(answer.body.error.code).toBe("VALIDATION_FAILED");
  expect(answer.body.error.details.issues).toEqual(
    paths.map((path) => ({ in: "body", path, message: "is not a field of this request" })),
  );
}

const db = () => services.database.db;
const rowsIn = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0]!.n;

describe("a body with a field the operation does not know", () => {
  test("POST /rooms is refused naming the field, and opens no room", async () => {
    const before = await api("GET", "/rooms");
    const roomsBefore = await rowsIn(rooms);
    expectRefused(await api("POST", "/rooms", { name: "Ops", bogus: 1 }), ["bogus"]);
    expect(await rowsIn(rooms)).toBe(roomsBefore);
    expect((await api("GET", "/rooms")).body.data).toEqual(before.body.data);
    // The same body without the field is fine: the field was the only fault.
    expect((await api("POST", "/rooms", { name: "Ops" })).status).toBe(201);
  });

  test("every unknown field is named at its own path, known faults beside them", async () => {
    const answer = await api("POST", "/rooms", { name: "", zeta: 1, alpha: 2 });
    expect(answer.status).toBe(400);
    const issues = answer.body.error.details.issues as Issue[];
    expect(issues.map((i) => i.path).sort()).toEqual(["alpha", "name", "zeta"]);
    expect(issues.find((i) => i.path === "zeta")!.message).toBe("is not a field of this request");
  });

  test("a body of many unknown fields is answered with twenty named and the rest counted", async () => {
    const body: Record<string, unknown> = { name: "Ops" };
    for (let i = 0; i < 500; i += 1) body[`x${i}`] = i;
    const answer = await api("POST", "/rooms", body);
    expect(answer.status).toBe(400);
    const issues = answer.body.error.details.issues as Issue[];
    expect(issues).toHaveLength(21);
    expect(issues.slice(0, 20).map((i) => i.path)).toEqual(
      Array.from({ length: 20 }, (_, i) => `x${i}`),
    );
    expect(issues[20]).toEqual({
      in: "body",
      path: "(root)",
      message: "and 480 more fields that are not part of this request",
    });
  });

  test("POST /knowledge/nodes names a nested source's unknown field, and stores no node or source", async () => {
    const nodes = await rowsIn(kgNodes);
    const sources = await rowsIn(kgSources);
    const listed = (await api("GET", "/knowledge/nodes")).body.data;
    expectRefused(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Water boils at 100 °C at sea level",
        sources: [{ title: "Physics handbook", url: "https://example.com/boil", bogus: true }],
      }),
      ["sources.0.bogus"],
    );
    // A field the statement does not have, and one beside an existing source's id.
    expectRefused(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Water boils at 100 °C at sea level",
        statement: { subject: "water", predicate: "boils at", object: "100 °C", unit: "C" },
        sources: [{ sourceId: "6f1a3f1e-0000-4000-8000-000000000000", weight: 2 }],
      }),
      ["statement.unit", "sources.0.weight"],
    );
    expect(await rowsIn(kgNodes)).toBe(nodes);
    expect(await rowsIn(kgSources)).toBe(sources);
    expect((await api("GET", "/knowledge/nodes")).body.data).toEqual(listed);
  });

  test("POST /knowledge/import takes an export as is, and refuses a field the format lacks", async () => {
    const made = await api("POST", "/knowledge/nodes", { kind: "concept", label: "Exported" });
    expect(made.status).toBe(201);
    const exported = await fetch(`${http.url}/api/v1/knowledge/export`, {
      headers: { authorization: `Bearer ${operator.token}` },
    }).then((r) => r.json());
    expect(exported.nodes.length).toBeGreaterThan(0);
    expect(exported).toHaveProperty("truncated");
    // Everything the export writes is part of the import format (and what it need not read, it
    // ignores): the document goes back unchanged.
    const again = await api("POST", "/knowledge/import", exported);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.data).toMatchObject({ nodesCreated: 0 });

    const nodes = await rowsIn(kgNodes);
    expectRefused(
      await api("POST", "/knowledge/import", {
        nodes: [{ id: "n1", kind: "fact", label: "New", colour: "blue" }],
        edges: [],
        version: 2,
      }),
      ["nodes.0.colour", "version"],
    );
    expect(await rowsIn(kgNodes)).toBe(nodes);
  });

  test("POST /sage/goals names the budget's unknown field, and starts no run", async () => {
    const runs = await rowsIn(goalRuns);
    const listed = (await api("GET", "/sage/goals")).body.data;
    expectRefused(
      await api("POST", "/sage/goals", {
        goal: "Summarise last week's incidents",
        budget: { maxSteps: 2, maxDollars: 5 },
      }),
      ["budget.maxDollars"],
    );
    expectRefused(
      await api("POST", "/sage/goals", { goal: "Summarise last week's incidents", priority: 1 }),
      ["priority"],
    );
    expect(await rowsIn(goalRuns)).toBe(runs);
    expect((await api("GET", "/sage/goals")).body.data).toEqual(listed);
  });

  test("PATCH /rooms/{id} is refused whole: the known field beside the unknown one is not saved", async () => {
    const created = await api("POST", "/rooms", { name: "Capacity", topic: "Disks" });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    expectRefused(await api("PATCH", `/rooms/${id}`, { name: "Renamed", colour: "red" }), [
      "colour",
    ]);
    const [row] = await db().select().from(rooms).where(eq(rooms.id, id));
    expect(row).toMatchObject({ name: "Capacity", topic: "Disks" });
    expect((await api("GET", `/rooms/${id}`)).body.data).toMatchObject({ name: "Capacity" });
  });

  test("POST /rooms/{id}/messages is refused naming the field, and posts nothing", async () => {
    const created = await api("POST", "/rooms", { name: "Chatter" });
    const id = created.body.data.id as string;
    expect((await api("POST", `/rooms/${id}/messages`, { body: "first" })).status).toBe(201);
    const listed = (await api("GET", `/rooms/${id}/messages`)).body.data;
    expect(listed).toHaveLength(1);
    expectRefused(await api("POST", `/rooms/${id}/messages`, { body: "second", pinned: true }), [
      "pinned",
    ]);
    const stored = await db().select().from(roomMessages).where(eq(roomMessages.roomId, id));
    expect(stored.map((m) => m.body)).toEqual(["first"]);
    expect((await api("GET", `/rooms/${id}/messages`)).body.data).toEqual(listed);
  });
});

describe("a query parameter the operation does not know", () => {
  test("is ignored: the answer is the one without it", async () => {
    const plain = await api("GET", "/rooms");
    const withUnknown = await api("GET", "/rooms?bogus=1&colour=red");
    expect(withUnknown.status).toBe(200);
    expect(withUnknown.body.data).toEqual(plain.body.data);
  });
});
