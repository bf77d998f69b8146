import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test, vi } from "vitest";
import { z } from "zod/v4";
import { ApiError, defineApi, operation } from "#app/api/api.server.ts";

const errorLog = vi.fn();
const context = {
  requestId: "req-12345678",
  nonce: "n",
  services: {
    config: { env: { API_BODY_LIMIT: 64 }, secrets: { session: ["s".repeat(32)] } },
    log: { error: errorLog },
  },
} as unknown as AppLoadContext;

const handled = vi.fn();

const api = defineApi("/things/{id}", {
  GET: operation({
    id: "getThing",
    access: "public",
    summary: "a thing",
    tags: ["test"],
    params: z.object({ id: z.uuid() }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(10).default(5) }),
    handler: ({ params, query }) => ({ id: params.id, limit: query.limit }),
  }),
  POST: operation({
    id: "createThing",
    access: "public",
    summary: "make a thing",
    tags: ["test"],
    status: 201,
    body: z.strictObject({ name: z.string().min(1), size: z.number().max(100).optional() }),
    handler: ({ body }) => {
      handled(body);
      if (body.name === "boom") throw new Error("database password is hunter2");
      if (body.name === "taken") throw new ApiError(409, "CONFLICT", "That name is taken.");
      return body;
    },
  }),
});

const id = "0b6c2a7e-5d1b-4b8e-9a53-1d2f3c4b5a69";
const url = (path = `/api/v1/things/${id}`) => `http://nexus.test${path}`;

async function call(request: Request, params: Record<string, string> = { id }) {
  const handler = request.method === "GET" || request.method === "HEAD" ? api.loader : api.action;
  const response = await handler({ request, params, context });
  return { response, body: await response.json() };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(url(), {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

describe("defineApi", () => {
  test("wraps data in the success envelope with the request id and API-Version", async () => {
    const { response, body } = await call(new Request(url(`/api/v1/things/${id}?limit=3`)));
    expect(response.status).toBe(200);
    expect(response.headers.get("API-Version")).toBe("1");
    expect(body).toEqual({
      success: true,
      data: { id, limit: 3 },
      meta: { requestId: "req-12345678" },
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test("answers with the operation's own success status", async () => {
    const { response, body } = await call(post(JSON.stringify({ name: "a" })));
    expect(response.status).toBe(201);
    expect(body.data).toEqual({ name: "a" });
  });

  test("a malformed path parameter is a 400 naming the parameter", async () => {
    const { response, body } = await call(new Request(url("/api/v1/things/nope")), { id: "nope" });
    expect(response.status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details.issues).toEqual([
      { in: "params", path: "id", message: expect.any(String) },
    ]);
    expect(body.error.requestId).toBe("req-12345678");
  });

  test("a bad query value is a 400 naming the field", async () => {
    const { response, body } = await call(new Request(url(`/api/v1/things/${id}?limit=99`)));
    expect(response.status).toBe(400);
    expect(body.error.details.issues[0]).toMatchObject({ in: "query", path: "limit" });
  });

  test("unknown fields, wrong types and out-of-range numbers are refused and nothing runs", async () => {
    handled.mockClear();
    const { response, body } = await call(
      post(JSON.stringify({ name: 5, size: 1000, extra: true })),
    );
    expect(response.status).toBe(400);
    const paths = body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(["extra", "name", "size"]);
    expect(body.error.details.issues).toContainEqual({
      in: "body",
      path: "extra",
      message: "is not a field of this request",
    });
    expect(handled).not.toHaveBeenCalled();
  });

  test("malformed JSON is a 400 MALFORMED_JSON", async () => {
    const { response, body } = await call(post("{not json"));
    expect(response.status).toBe(400);
    expect(body.error.code).toBe("MALFORMED_JSON");
  });

  test("a body that is not JSON is a 415", async () => {
    const { response, body } = await call(post("name=a", { "content-type": "text/plain" }));
    expect(response.status).toBe(415);
    expect(body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  test("a missing body is a validation failure, not a crash", async () => {
    const { response, body } = await call(post(null));
    expect(response.status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
  });

  test("a body over the limit is a 413, whether declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(200) });
    const declared = await call(post(big));
    expect(declared.response.status).toBe(413);
    expect(declared.body.error.code).toBe("PAYLOAD_TOO_LARGE");

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await call(
      new Request(url(), {
        method: "POST",
        body: stream,
        headers: { "content-type": "application/json" },
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.response.status).toBe(413);
  });

  test("a method the path does not have is a 405 with Allow", async () => {
    const { response, body } = await call(new Request(url(), { method: "DELETE" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, POST, HEAD");
    expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
  });

  test("an ApiError from a handler keeps its status and code", async () => {
    const { response, body } = await call(post(JSON.stringify({ name: "taken" })));
    expect(response.status).toBe(409);
    expect(body.error).toMatchObject({ code: "CONFLICT", message: "That name is taken." });
  });

  test("an unexpected error is a 500 envelope that leaks nothing and is logged", async () => {
    errorLog.mockClear();
    const { response, body } = await call(post(JSON.stringify({ name: "boom" })));
    expect(response.status).toBe(500);
    expect(body.error.code).toBe("INTERNAL_ERROR");
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(errorLog).toHaveBeenCalledOnce();
  });
});
