import { z } from "zod/v4";
import { NEXUS_VERSION } from "../utils/version.ts";
import { API_PREFIX, type ApiDefinition, type Method, type Operation } from "./api.server.ts";
import { apiSchemas } from "./schema-registry.ts";
import { errorBodySchema } from "./schemas.ts";

/**
 * Builds the OpenAPI 3.1 document from the very zod schemas the handlers parse with, so the
 * document cannot drift from the code.
 */

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = "#/components/schemas/";

const ERROR_TEXT: Record<number, string> = {
  400: "The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details.",
  401: "Authentication is required (UNAUTHORIZED).",
  403: "Authenticated, but not allowed (FORBIDDEN).",
  404: "Nothing here (NOT_FOUND).",
  405: "The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header.",
  409: "The change conflicts with the current state (CONFLICT).",
  422: "Understood but not possible as asked (MODEL_UNAVAILABLE: the named model cannot do the task).",
  423: "AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE).",
  413: "The body is larger than the limit (PAYLOAD_TOO_LARGE).",
  415: "The body is not JSON (UNSUPPORTED_MEDIA_TYPE).",
  429: "Too many requests (RATE_LIMITED); see Retry-After.",
  500: "An unexpected error on our side (INTERNAL_ERROR), logged with the request id.",
  502: "A model provider failed or broke off (PROVIDER_ERROR, PROVIDER_UNREACHABLE, PROVIDER_TIMEOUT, MODEL_UNAVAILABLE).",
  503: "A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE).",
  504: "The model provider did not answer in time (PROVIDER_TIMEOUT).",
};

class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, {
      io,
      unrepresentable: "any",
      metadata: apiSchemas,
    }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    for (const [name, def] of Object.entries(defs)) {
      this.components[name] ??= this.clean(def);
    }
    return this.clean(json);
  }

  /** Strips JSON-Schema-document keys OpenAPI does not want, and points refs at components. */
  private clean(node: JsonSchema): JsonSchema {
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (value && typeof value === "object") {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
          if (key === "$schema" || key === "$id" || key === "$defs") continue;
          // A registered schema's name; a property called "id" has an object value and stays.
          if (key === "id" && typeof inner === "string") continue;
          if (key === "$ref" && typeof inner === "string") {
            out.$ref = inner.replace("#/$defs/", REF_PREFIX);
            continue;
          }
          out[key] = walk(inner);
        }
        return out;
      }
      return value;
    };
    return walk(node) as JsonSchema;
  }
}

function parametersFor(
  collector: SchemaCollector,
  schema: z.ZodType | undefined,
  where: "path" | "query",
) {
  if (!schema) return [];
  const json = collector.convert(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" ? true : required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function errorResponses(op: Operation) {
  // Any operation may find the database gone: 503 UNAVAILABLE.
  const statuses = new Set<number>([429, 500, 503, ...(op.errors ?? [])]);
  if (op.access !== "public") {
    statuses.add(401);
    statuses.add(403);
  }
  if (op.params || op.query || op.body) statuses.add(400);
  if (op.body) {
    statuses.add(413);
    statuses.add(415);
  }
  const responses: Record<string, unknown> = {};
  for (const status of [...statuses].sort()) {
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? "Error",
      content: { "application/json": { schema: { $ref: `${REF_PREFIX}ErrorEnvelope` } } },
    };
  }
  return responses;
}

function operationObject(collector: SchemaCollector, op: Operation, method: Method) {
  const status = String(op.status ?? 200);
  const data = op.response ? collector.convert(op.response, "output") : {};
  const success = op.mediaType
    ? { description: "Success", content: { [op.mediaType]: { schema: { type: "string" } } } }
    : op.raw
      ? { description: "Success", content: { "application/json": { schema: data } } }
      : {
          description: "Success",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["success", "data", "timestamp"],
                properties: {
                  success: { const: true },
                  data,
                  meta: { type: "object", additionalProperties: true },
                  timestamp: { type: "string", format: "date-time" },
                },
              },
            },
          },
        };
  return {
    operationId: op.id,
    summary: op.summary,
    description: [
      op.description,
      op.access === "public"
        ? "No authentication needed."
        : `Needs the \`${op.access}\` permission (session cookie or bearer token).`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    security: op.access === "public" ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: op.tags,
    parameters: [
      ...parametersFor(collector, op.params, "path"),
      ...parametersFor(collector, op.query, "query"),
    ],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: collector.convert(op.body, "input") } },
          },
        }
      : {}),
    responses: {
      [status]: success,
      ...(method === "GET" ? {} : { 405: { description: ERROR_TEXT[405] } }),
      ...errorResponses(op),
    },
  };
}

export function buildOpenApiDocument(definitions: ApiDefinition[]) {
  const collector = new SchemaCollector();
  collector.components.ErrorEnvelope = collector.convert(errorBodySchema, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const definition of [...definitions].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Record<string, unknown> = {};
    for (const [method, op] of Object.entries(definition.operations) as [Method, Operation][]) {
      item[method.toLowerCase()] = operationObject(collector, op, method);
    }
    paths[definition.path] = item;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "NEXUS API",
      version: NEXUS_VERSION,
      description:
        "Every answer is an envelope: `{success: true, data, meta, timestamp}` or " +
        "`{success: false, error: {code, message, details?, requestId}, timestamp}`. " +
        "`/api/...` is an alias of the latest version. Each response carries `API-Version` " +
        "and `x-request-id` headers.",
    },
    servers: [{ url: API_PREFIX }],
    paths,
    components: {
      schemas: collector.components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API token (`nxs_...`) created in Settings → API tokens or with the CLI.",
        },
        sessionCookie: { type: "apiKey", in: "cookie", name: "__nexus_session" },
      },
    },
  };
}
