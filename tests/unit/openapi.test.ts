import { readdir } from "node:fs/promises";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import type { ApiDefinition } from "#app/api/api.server.ts";
import { buildOpenApiDocument } from "#app/api/openapi.server.ts";
import { apiDefinitionsOf } from "#app/api/registry.server.ts";
import { loader as openapiLoader } from "#app/routes/api.v1.openapi[.]json.ts";
import { builtApp } from "#tests/support/build.ts";

/** The API routes of the server build's route table, as the running server finds them. */
const apiDefinitions = apiDefinitionsOf((await builtApp()).build.routes);

/**
 * `api.v1.modules.$id.ts` -> `/modules/{id}`, `api.v1.openapi[.]json.ts` -> `/openapi.json`,
 * `api.v1.alerts.channels.$id.[test].ts` -> `/alerts/channels/{id}/test` (Remix's escapes).
 */
function pathOfRouteFile(file: string): string {
  const segments = file
    .replace(/^api\.v1\./, "")
    .replace(/\.tsx?$/, "")
    .replace(/\[([^\]]*)\]/g, (_all, inner: string) => inner.replaceAll(".", "\u0000"))
    .split(".")
    .map((s) => s.replaceAll("\u0000", "."));
  return `/${segments.map((s) => (s.startsWith("$") ? `{${s.slice(1)}}` : s)).join("/")}`;
}

async function servedDocument() {
  const response = await openapiLoader({
    request: new Request("http://nexus.test/api/v1/openapi.json"),
    params: {},
    context: { requestId: "r-00000001", apiDefinitions } as AppLoadContext,
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document", async () => {
    const document = await servedDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document));
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  test("lists every API route file in app/routes, with every method it answers", async () => {
    const files = (await readdir("app/routes")).filter((f) => /^api\.v1\..+\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const document = await servedDocument();
    for (const file of files) {
      const module = (await import(/* @vite-ignore */ path.resolve("app/routes", file))) as {
        api?: ApiDefinition;
      };
      expect(module.api, `${file} must export its defineApi(...) as "api"`).toBeDefined();
      const routePath = pathOfRouteFile(file);
      expect(module.api!.path, `${file} declares the path its file name serves`).toBe(routePath);
      const documented = Object.keys(document.paths[routePath] ?? {});
      for (const method of Object.keys(module.api!.operations)) {
        expect(documented, `${method} ${routePath} is missing from the document`).toContain(
          method.toLowerCase(),
        );
      }
    }
  });

  test("documents one media type per success answer: a stream and a GraphML file are operations of their own", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a generated document, inspected loosely
    const document = (await servedDocument()) as { paths: Record<string, Record<string, any>> };
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, answer] of Object.entries(
          op.responses as Record<string, { content?: Record<string, unknown> }>,
        )) {
          if (!status.startsWith("2")) continue;
          expect(
            Object.keys(answer.content ?? {}),
            `${method} ${route} ${status}: one media type`,
          ).toHaveLength(1);
        }
      }
    }
    const success = (route: string, method: string) => {
      const op = document.paths[route]![method];
      return { op, content: op.responses["200"].content };
    };

    const generate = success("/sage/generate", "post");
    expect(Object.keys(generate.content)).toEqual(["application/json"]);
    expect(generate.content["application/json"].schema.properties.data.properties).toHaveProperty(
      "usage",
    );
    expect(generate.op.description).toMatch(/Deprecated: .*POST \/sage\/generate\/stream/);
    const stream = success("/sage/generate/stream", "post");
    expect(stream.op.operationId).toBe("generateStream");
    expect(Object.keys(stream.content)).toEqual(["text/event-stream"]);
    const streamBody = stream.op.requestBody.content["application/json"].schema;
    expect(Object.keys(streamBody.properties)).not.toContain("stream");
    expect(streamBody.additionalProperties).toBe(false);

    const exported = success("/knowledge/export", "get");
    expect(Object.keys(exported.content)).toEqual(["application/json"]);
    expect(exported.content["application/json"].schema.properties).toHaveProperty("nodes");
    expect(exported.op.description).toMatch(/Deprecated: .*format=graphml/);
    expect(exported.op.description).toContain("GET /knowledge/export.graphml");
    const graphml = success("/knowledge/export.graphml", "get");
    expect(graphml.op.operationId).toBe("exportKnowledgeGraphML");
    expect(Object.keys(graphml.content)).toEqual(["application/graphml+xml"]);
    const queryOf = (op: { parameters: { name: string; in: string }[] }) =>
      op.parameters.filter((p) => p.in === "query").map((p) => p.name);
    expect(queryOf(graphml.op).sort()).toEqual(["depth", "domain", "limit", "root"].sort());
  });

  test("documents request bodies, parameters and error responses from the zod schemas", async () => {
    const { z } = await import("zod/v4");
    const { defineApi, operation } = await import("#app/api/api.server.ts");
    const probe = defineApi("/probe/{id}", {
      PATCH: operation({
        id: "patchProbe",
        access: "write",
        summary: "probe",
        tags: ["test"],
        params: z.object({ id: z.uuid() }),
        query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
        body: z.object({ name: z.string().max(10) }),
        response: z.object({ ok: z.boolean() }),
        errors: [404, 409],
        handler: () => ({ ok: true }),
      }),
    });
    const document = buildOpenApiDocument([...apiDefinitions, probe]);
    // biome-ignore lint/suspicious/noExplicitAny: a generated document, inspected loosely
    const op = document.paths["/probe/{id}"]!.patch as Record<string, any>;
    expect(op.parameters).toEqual([
      { $ref: "#/components/parameters/RequestId" },
      expect.objectContaining({ name: "id", in: "path", required: true }),
      expect.objectContaining({ name: "dryRun", in: "query", required: false }),
    ]);
    expect(op.requestBody.content["application/json"].schema.properties.name).toMatchObject({
      type: "string",
      maxLength: 10,
    });
    expect(Object.keys(op.responses).sort()).toEqual(
      ["200", "400", "401", "403", "404", "405", "409", "413", "415", "429", "500", "503"].sort(),
    );
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  test("declares every tag it uses, with a description, and says who to contact under what license", async () => {
    const document = await builtDocument();
    const declared = new Map(document.tags.map((t: Json) => [t.name, t.description]));
    for (const [, , op] of operations(document)) {
      for (const tag of op.tags) {
        expect(declared.get(tag), `tag ${tag} of ${op.operationId}`).toEqual(expect.any(String));
      }
    }
    expect(document.info.contact.name).toBeTruthy();
    expect(document.info.license.name).toBeTruthy();
  });

  test("types a list's meta: nextCursor (string or null) and limit, on every operation that pages", async () => {
    const document = await builtDocument();
    const listMeta = document.components.schemas.ListMeta;
    expect(listMeta.required).toEqual(expect.arrayContaining(["nextCursor", "limit"]));
    expect(listMeta.properties.nextCursor.type).toEqual(["string", "null"]);
    expect(listMeta.properties.limit.type).toBe("integer");
    let paged = 0;
    for (const [method, path, op] of operations(document)) {
      const takesCursor = (op.parameters ?? []).some((p: Json) => p.name === "cursor");
      if (!takesCursor) continue;
      paged += 1;
      const meta = successSchema(op).properties.meta;
      expect(meta, `${method} ${path}`).toEqual({ $ref: "#/components/schemas/ListMeta" });
    }
    expect(paged).toBeGreaterThanOrEqual(10);
  });

  test("gives each success answer one media type", async () => {
    const document = await builtDocument();
    for (const [method, path, op] of operations(document)) {
      for (const [status, response] of Object.entries(op.responses) as [string, Json][]) {
        if (!status.startsWith("2") || !response.content) continue;
        expect(Object.keys(response.content), `${method} ${path} ${status}`).toHaveLength(1);
      }
    }
  });

  test("keeps request and answer schemas apart where defaults make them differ", async () => {
    const document = await builtDocument();
    const { schemas } = document.components;
    // A goal's budget: any of its limits may be sent; each has a default.
    const budget = schemas.GoalBudget;
    expect(budget.properties.maxSteps).toBeDefined();
    expect(budget.required ?? []).toEqual([]);
    // An imported node may leave out what has a default; an exported one always has it.
    const importBody =
      document.paths["/knowledge/import"].post.requestBody.content["application/json"].schema;
    const sentNode = importBody.properties.nodes.items;
    expect(sentNode.properties.content.default).toBe("");
    expect(sentNode.required).not.toContain("content");
    expect(schemas.KnowledgeGraphDocument.properties.nodes.items.required).toContain("content");
    for (const name of Object.keys(schemas).filter((n) => n.endsWith("Input"))) {
      const output = schemas[name.slice(0, -"Input".length)];
      if (output) expect(schemas[name], name).not.toEqual(output);
    }
  });

  test("declares query booleans as booleans", async () => {
    const document = await builtDocument();
    const all = document.paths["/tokens"].get.parameters.find((p: Json) => p.name === "all");
    expect(all.schema).toEqual({ type: "boolean" });
  });

  test("declares the headers a client sends and reads, on the operations they apply to", async () => {
    const document = await builtDocument();
    const headerParams = (op: Json) =>
      (op.parameters ?? [])
        .filter((p: Json) => p.in === "header")
        .map((p: Json) => p.name)
        .sort();
    const paths = document.paths;
    expect(headerParams(paths["/modules/{id}"].patch)).toEqual(["If-Match"]);
    expect(headerParams(paths["/modules/{id}"].delete)).toEqual(["If-Match"]);
    expect(headerParams(paths["/rooms/{id}/messages"].post)).toEqual(["Idempotency-Key"]);
    expect(paths["/modules/{id}"].get.responses["200"].headers.ETag).toBeDefined();
    expect(paths["/modules"].post.responses["201"].headers.Location).toBeDefined();
    // A replayed message is a 200 with the same answer, documented beside the 201.
    const post = paths["/rooms/{id}/messages"].post;
    expect(post.responses["200"].content).toEqual(post.responses["201"].content);
    expect(JSON.stringify(successSchema(post).properties.meta)).toContain("replayed");

    for (const [method, path, op] of operations(document)) {
      const where = `${method} ${path}`;
      expect(op.parameters[0], where).toEqual({ $ref: "#/components/parameters/RequestId" });
      for (const [status, response] of Object.entries(op.responses) as [string, Json][]) {
        expect(Object.keys(response.headers ?? {}), `${where} ${status}`).toEqual(
          expect.arrayContaining(["x-request-id", "API-Version"]),
        );
        if (status === "429" || status === "503") {
          expect(response.headers["Retry-After"], `${where} ${status}`).toBeDefined();
        }
      }
      if (op.responses["429"]) {
        expect(Object.keys(op.responses["429"].headers)).toEqual(
          expect.arrayContaining(["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]),
        );
      }
    }
    for (const name of Object.keys(document.components.headers)) {
      expect(document.components.headers[name].description, name).toBeTruthy();
    }
  });
});

// biome-ignore lint/suspicious/noExplicitAny: a generated document, inspected loosely
type Json = Record<string, any>;

/** The document the server build serves (its own zod schemas and registries). */
async function builtDocument(): Promise<Json> {
  const { build } = await builtApp();
  const route = build.routes["routes/api.v1.openapi[.]json"]!;
  const loader = route.module.loader as unknown as typeof openapiLoader;
  const response = await loader({
    request: new Request("http://nexus.test/api/v1/openapi.json"),
    params: {},
    context: { requestId: "r-00000001", apiDefinitions } as AppLoadContext,
  });
  return response.json();
}

function operations(document: Json): [string, string, Json][] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, op]) => [method, path, op as Json] as [string, string, Json],
    ),
  );
}

/** The envelope schema of an operation's first success answer. */
function successSchema(op: Json): Json {
  const status = Object.keys(op.responses).find((s) => s.startsWith("2"))!;
  return op.responses[status].content["application/json"].schema;
}
