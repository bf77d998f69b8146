import { z } from "zod/v4";
import { NEXUS_VERSION } from "../utils/version.ts";
import { API_PREFIX, type ApiDefinition, type Method, type Operation } from "./api.server.ts";
import { apiSchemas, isQueryBoolean } from "./schema-registry.ts";
import { errorBodySchema } from "./schemas.ts";

/**
 * Builds the OpenAPI 3.1 document from the very zod schemas the handlers parse with, so the
 * document cannot drift from the code.
 */

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = "#/components/schemas/";
/** Where a request-side ref points until `finish` knows whether it needs a schema of its own. */
const INPUT_REF_PREFIX = "#/components/inputSchemas/";

/** Every tag an operation may carry, with what it groups; a test keeps the routes to these. */
export const API_TAGS: Record<string, string> = {
  system: "Liveness, readiness, this document and the shared cache's report.",
  accounts: "Users, sign-in sessions and API tokens.",
  activity: "The activity log: who changed what, when.",
  modules: "The registry of the AI system's components, their probes and status history.",
  metrics: "System samples: live figures and their history.",
  status: "The public status page: the modules marked public, their status and uptime.",
  emergency: "The emergency stop: pause or stop all AI work at once.",
  flags: "Feature flags in force on this deployment.",
  sage: "AI work: models, generation, usage and cost, goal runs.",
  knowledge:
    "The knowledge graph: nodes, edges, sources, search, contradictions, import and export.",
  reviews: "The human review queue and its decisions.",
  rooms: "Collaboration rooms: members, messages, agents answering in them.",
  agents: "The AI agents that can be invited into rooms.",
  realtime: "Tokens for the realtime connection (PartyKit).",
  alerts: "Alert channels (webhook, Slack, Discord, ntfy, e-mail), their tests and delivery logs.",
};

/** Headers in `components.headers`, referenced from the responses that carry them. */
const HEADERS: Record<string, { description: string; schema: JsonSchema }> = {
  "x-request-id": {
    description: "This request's id, also in the log and in an error's `requestId`.",
    schema: { type: "string" },
  },
  "API-Version": {
    description: "The API version that answered (`1`).",
    schema: { type: "string" },
  },
  "Retry-After": {
    description: "Seconds to wait before trying again.",
    schema: { type: "integer", minimum: 0 },
  },
  "RateLimit-Limit": {
    description: "Requests allowed in the current window, for this token, user or address.",
    schema: { type: "integer", minimum: 0 },
  },
  "RateLimit-Remaining": {
    description: "Requests left in the current window.",
    schema: { type: "integer", minimum: 0 },
  },
  "RateLimit-Reset": {
    description: "Seconds until the window starts again.",
    schema: { type: "integer", minimum: 0 },
  },
};

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

/**
 * Turns zod schemas into the document's schemas. A named schema becomes one component; where
 * what a client sends differs from what it reads back (a field with a default is optional in a
 * request and always there in an answer), the request side gets a component of its own,
 * `<Name>Input`, so generated clients type both truthfully.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};
  private readonly inputs: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, {
      io,
      unrepresentable: "any",
      metadata: apiSchemas,
      override: ({ zodSchema, jsonSchema }) => {
        if (isQueryBoolean(zodSchema)) {
          for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
          jsonSchema.type = "boolean";
          return;
        }
        // `.describe()` writes to zod's global registry, not to `apiSchemas`: keep its text.
        const { description } = z.globalRegistry.get(zodSchema as unknown as z.ZodType) ?? {};
        if (description && jsonSchema.description === undefined) {
          jsonSchema.description = description;
        }
      },
    }) as JsonSchema;
    const prefix = io === "input" ? INPUT_REF_PREFIX : REF_PREFIX;
    const store = io === "input" ? this.inputs : this.components;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    for (const [name, def] of Object.entries(defs)) {
      store[name] ??= this.clean(def, prefix);
    }
    return this.clean(json, prefix);
  }

  /**
   * The components once every operation is converted, and the document with each request-side
   * ref pointed at the shared component, or at `<Name>Input` where the request side differs.
   */
  finish<T>(document: T): T {
    // A request side differs when its own schema does, or when it refers to one that differs.
    const text = (schema: JsonSchema) =>
      JSON.stringify(schema).replaceAll(INPUT_REF_PREFIX, REF_PREFIX);
    const differs = new Set(
      Object.keys(this.inputs).filter(
        (name) =>
          this.components[name] &&
          text(this.inputs[name]!) !== JSON.stringify(this.components[name]),
      ),
    );
    for (let grew = true; grew; ) {
      grew = false;
      for (const [name, schema] of Object.entries(this.inputs)) {
        if (differs.has(name) || !this.components[name]) continue;
        const refs = JSON.stringify(schema).match(/#\/components\/inputSchemas\/[\w.-]+/g) ?? [];
        if (refs.some((ref) => differs.has(ref.slice(INPUT_REF_PREFIX.length)))) {
          differs.add(name);
          grew = true;
        }
      }
    }
    const inputName = (name: string) => (differs.has(name) ? `${name}Input` : name);
    const point = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(point);
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value).map(([key, inner]) =>
            key === "$ref" && typeof inner === "string" && inner.startsWith(INPUT_REF_PREFIX)
              ? [key, REF_PREFIX + inputName(inner.slice(INPUT_REF_PREFIX.length))]
              : [key, point(inner)],
          ),
        );
      }
      return value;
    };
    for (const [name, schema] of Object.entries(this.inputs)) {
      const target = inputName(name);
      if (target !== name || !this.components[name]) {
        this.components[target] = point(schema) as JsonSchema;
      }
    }
    for (const name of Object.keys(this.components)) {
      this.components[name] = point(this.components[name]) as JsonSchema;
    }
    return point(document) as T;
  }

  /**
   * Strips JSON-Schema-document keys OpenAPI does not want, points refs at components, and gives
   * a tuple (`prefixItems`) the `items` that tools reading it as OpenAPI 3.0 require.
   */
  private clean(node: JsonSchema, prefix: string): JsonSchema {
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (value && typeof value === "object") {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
          if (key === "$schema" || key === "$id" || key === "$defs") continue;
          // A registered schema's name; a property called "id" has an object value and stays.
          if (key === "id" && typeof inner === "string") continue;
          if (key === "$ref" && typeof inner === "string") {
            out.$ref = inner.replace("#/$defs/", prefix);
            continue;
          }
          out[key] = walk(inner);
        }
        if (Array.isArray(out.prefixItems) && out.items === undefined) {
          const distinct = [...new Set(out.prefixItems.map((item) => JSON.stringify(item)))];
          out.items = distinct.length === 1 ? JSON.parse(distinct[0]!) : { anyOf: out.prefixItems };
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
  where: "path" | "query" | "header",
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
  const statuses = new Set<number>([500, 503, ...(op.errors ?? [])]);
  if (op.rateLimited !== false) statuses.add(429);
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
    const retry = status === 429 || status === 503 ? ["Retry-After"] : [];
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? "Error",
      headers: headerRefs(op, retry),
      content: { "application/json": { schema: { $ref: `${REF_PREFIX}ErrorEnvelope` } } },
    };
  }
  return responses;
}

/** The headers a response of this operation carries: the common ones, then `extra`. */
function headerRefs(op: Operation, extra: string[] = []) {
  const names = ["x-request-id", "API-Version", ...extra];
  if (op.rateLimited !== false)
    names.push("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/** `meta` of an envelope: the request id, a list's paging, and the operation's own fields. */
function metaSchema(collector: SchemaCollector, op: Operation): JsonSchema {
  const name = op.list ? "ListMeta" : "Meta";
  if (!op.meta) return { $ref: `${REF_PREFIX}${name}` };
  // Merged rather than `allOf`: the operation's own object is closed (additionalProperties:
  // false), which under allOf would refuse the request id.
  const base = metaSchemas[name];
  const own = collector.convert(op.meta, "output");
  return {
    ...own,
    type: "object",
    required: [...base.required, ...((own.required as string[] | undefined) ?? [])],
    properties: { ...base.properties, ...(own.properties as JsonSchema) },
  };
}

function operationObject(collector: SchemaCollector, op: Operation, method: Method) {
  const status = String(op.status ?? 200);
  const data = op.response ? collector.convert(op.response, "output") : {};
  const content = op.mediaType
    ? { [op.mediaType]: { schema: { type: "string" } } }
    : op.raw
      ? { "application/json": { schema: data } }
      : {
          "application/json": {
            schema: {
              type: "object",
              required: ["success", "data", "meta", "timestamp"],
              properties: {
                success: { const: true },
                data,
                meta: metaSchema(collector, op),
                timestamp: { type: "string", format: "date-time" },
              },
            },
          },
        };
  const headers = {
    ...headerRefs(op),
    ...Object.fromEntries(
      Object.entries(op.responseHeaders ?? {}).map(([name, description]) => [
        name,
        { description, schema: { type: "string" } },
      ]),
    ),
  };
  const successes: Record<string, unknown> = {
    [status]: { description: "Success", headers, content },
  };
  for (const [other, description] of Object.entries(op.alsoStatus ?? {})) {
    successes[other] = { description, headers, content };
  }
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
      { $ref: "#/components/parameters/RequestId" },
      ...parametersFor(collector, op.params, "path"),
      ...parametersFor(collector, op.query, "query"),
      ...parametersFor(collector, op.headers, "header"),
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
      ...successes,
      ...(method === "GET"
        ? {}
        : {
            405: {
              description: ERROR_TEXT[405],
              headers: {
                ...headerRefs(op),
                Allow: {
                  description: "The methods this path answers.",
                  schema: { type: "string" },
                },
              },
            },
          }),
      ...errorResponses(op),
    },
  };
}

const metaSchemas = {
  Meta: {
    type: "object",
    description: "About the answer: the request's id, and fields some operations add.",
    required: ["requestId"],
    properties: { requestId: { type: "string" } },
  },
  ListMeta: {
    type: "object",
    description:
      "About one page of a list: follow `nextCursor` (pass it as `cursor`) until it is null.",
    required: ["requestId", "nextCursor", "limit"],
    properties: {
      requestId: { type: "string" },
      nextCursor: {
        type: ["string", "null"],
        description: "The cursor of the next page; null on the last one.",
      },
      limit: { type: "integer", minimum: 1, description: "The page size asked for." },
    },
  },
};

export function buildOpenApiDocument(definitions: ApiDefinition[]) {
  const collector = new SchemaCollector();
  collector.components.ErrorEnvelope = collector.convert(errorBodySchema, "output");
  Object.assign(collector.components, metaSchemas);
  const paths: Record<string, Record<string, unknown>> = {};
  const used = new Set<string>();
  for (const definition of [...definitions].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Record<string, unknown> = {};
    for (const [method, op] of Object.entries(definition.operations) as [Method, Operation][]) {
      item[method.toLowerCase()] = operationObject(collector, op, method);
      for (const tag of op.tags) used.add(tag);
    }
    paths[definition.path] = item;
  }
  const document = collector.finish({
    openapi: "3.1.0",
    info: {
      title: "NEXUS API",
      version: NEXUS_VERSION,
      description:
        "Every answer is an envelope: `{success: true, data, meta, timestamp}` or " +
        "`{success: false, error: {code, message, details?, requestId}, timestamp}`. " +
        "`/api/...` is an alias of the latest version. Each response carries `API-Version` " +
        "and `x-request-id` headers, and a rate-limited one `RateLimit-Limit`, " +
        "`RateLimit-Remaining` and `RateLimit-Reset`. A request body with a field the " +
        "operation does not know is refused with 400 naming the field.",
      contact: { name: "NEXUS" },
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: API_PREFIX }],
    tags: Object.entries(API_TAGS)
      .filter(([name]) => used.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
  });
  return {
    ...document,
    components: {
      schemas: collector.components,
      headers: HEADERS,
      parameters: {
        RequestId: {
          name: "x-request-id",
          in: "header",
          required: false,
          description:
            "Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one.",
          schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{8,128}$" },
        },
      },
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
