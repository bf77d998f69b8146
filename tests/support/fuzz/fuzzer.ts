import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import {
  anyJson,
  hostileNumber,
  hostileString,
  type JsonSchema,
  MALFORMED_UUIDS,
  nestedJson,
  resolveRef,
  valueFor,
} from "./arbitraries.ts";

/**
 * An API fuzzer driven entirely by the served OpenAPI document: every operation in it is called,
 * as every kind of caller, with valid input and with broken input, and every answer is checked
 * against what the document promises (status, envelope, response schema). A route added to the
 * registry is fuzzed without anyone touching this file.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Identity {
  name: string;
  headers: Record<string, string>;
}

export interface FuzzOperation {
  method: string;
  template: string;
  operationId: string;
  pathParams: { name: string; schema: JsonSchema }[];
  queryParams: { name: string; schema: JsonSchema; required: boolean }[];
  body?: JsonSchema;
  /** Documented statuses and whether each is an envelope. */
  responses: Map<number, { pointer: string; raw: boolean; otherTypes: string[] }>;
}

export type CaseKind =
  | "valid"
  | "missing-field"
  | "extra-field"
  | "wrong-type"
  | "huge-string"
  | "huge-number"
  | "hostile-string"
  | "wrong-root"
  | "malformed-json"
  | "deep-json"
  | "oversized"
  | "wrong-content-type"
  | "no-body"
  | "bad-query"
  | "bad-path"
  | "unknown-id";

export interface FuzzRequest {
  operation: FuzzOperation;
  identity: Identity;
  kind: CaseKind;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzFailure {
  request: FuzzRequest;
  problem: string;
  status?: number;
  responseText?: string;
}

export interface FuzzResult {
  requests: number;
  failures: FuzzFailure[];
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  byOperation: Record<string, number>;
  /** 5xx answers by error code (a dependency's documented answer, e.g. NO_MODEL_AVAILABLE). */
  serverErrors: Record<string, number>;
  durationMs: number;
}

export interface FuzzOptions {
  baseUrl: string;
  /** The document as served (GET /api/v1/openapi.json). */
  document: JsonSchema;
  identities: Identity[];
  /** How many requests in the main phase. */
  requests: number;
  seed?: number;
  concurrency?: number;
  timeoutMs?: number;
  /** The largest body the server accepts (API_BODY_LIMIT); oversized cases send more. */
  bodyLimit: number;
  /** Ids never sent to a mutating operation until the last phase (the callers' own user and token ids). */
  protectedIds?: Set<string>;
  /** Puts shared state back (emergency controls, ...); called between batches. */
  reset?: () => Promise<void>;
  /** Called every `batch` requests, for progress lines. */
  onProgress?: (done: number) => void;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

export function operationsOf(document: JsonSchema): FuzzOperation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, JsonSchema>>;
  const out: FuzzOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = (op.parameters ?? []) as {
        name: string;
        in: string;
        required?: boolean;
        schema: JsonSchema;
      }[];
      const content = (op.requestBody as JsonSchema | undefined)?.content as
        | Record<string, { schema: JsonSchema }>
        | undefined;
      const responses = new Map<number, { pointer: string; raw: boolean; otherTypes: string[] }>();
      for (const [status, answer] of Object.entries(
        (op.responses ?? {}) as Record<string, JsonSchema>,
      )) {
        const schema = (answer.content as Record<string, { schema?: JsonSchema }> | undefined)?.[
          "application/json"
        ]?.schema;
        // An operation whose success is not an envelope (the document itself) says so by its schema.
        const raw =
          !(schema?.properties as Record<string, unknown> | undefined)?.success && !schema?.$ref;
        const escaped = template.replaceAll("~", "~0").replaceAll("/", "~1");
        responses.set(Number(status), {
          pointer: `#/paths/${escaped}/${method}/responses/${status}/content/application~1json/schema`,
          raw,
          otherTypes: Object.keys(answer.content ?? {}).filter((t) => t !== "application/json"),
        });
      }
      out.push({
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        pathParams: parameters.filter((p) => p.in === "path"),
        queryParams: parameters
          .filter((p) => p.in === "query")
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
        body: content?.["application/json"]?.schema,
        responses,
      });
    }
  }
  return out;
}

/** The collection a path parameter points into: `/modules/{id}/history` → `/modules`. */
function collectionOf(template: string): string {
  const index = template.indexOf("/{");
  return index === -1 ? template : template.slice(0, index);
}

/** Remembers ids seen in answers, per collection, so valid requests name things that exist. */
class IdPool {
  private readonly pools = new Map<string, string[]>();

  harvest(template: string, data: unknown) {
    const collection = collectionOf(template);
    const ids: string[] = [];
    const take = (value: unknown) => {
      if (value && typeof value === "object" && "id" in value) {
        const id = (value as { id: unknown }).id;
        if (typeof id === "string") ids.push(id);
      }
    };
    if (Array.isArray(data)) data.forEach(take);
    else if (data && typeof data === "object") {
      take(data);
      for (const value of Object.values(data)) if (Array.isArray(value)) value.forEach(take);
    }
    if (ids.length === 0) return;
    const pool = this.pools.get(collection) ?? [];
    for (const id of ids) if (!pool.includes(id)) pool.push(id);
    // Keep the newest few hundred.
    this.pools.set(collection, pool.slice(-300));
  }

  pick(template: string, random: () => number, exclude: Set<string>): string | undefined {
    const pool = (this.pools.get(collectionOf(template)) ?? []).filter((id) => !exclude.has(id));
    if (pool.length === 0) return undefined;
    return pool[Math.floor(random() * pool.length)];
  }
}

/** `text` cut or padded to the lengths `schema` allows, keeping at least one hostile character. */
function fitted(text: string, schema: JsonSchema): string {
  const max = typeof schema.maxLength === "number" ? schema.maxLength : text.length;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  return Array.from(text)
    .slice(0, Math.max(max, 1))
    .join("")
    .padEnd(min, "x")
    .slice(0, Math.max(max, min));
}

/** One value from an arbitrary, fixed by the seed. */
function sampleOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0] as T;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODY_KINDS: CaseKind[] = [
  "valid",
  "valid",
  "valid",
  "missing-field",
  "extra-field",
  "wrong-type",
  "huge-string",
  "huge-number",
  "hostile-string",
  "hostile-string",
  "wrong-root",
  "malformed-json",
  "deep-json",
  "oversized",
  "wrong-content-type",
  "no-body",
];
const PLAIN_KINDS: CaseKind[] = ["valid", "valid", "valid", "bad-query", "bad-query"];

export class ApiFuzzer {
  readonly operations: FuzzOperation[];
  private readonly ajv: Ajv2020;
  private readonly ids = new IdPool();
  private readonly arbitraries = new Map<string, fc.Arbitrary<unknown>>();
  private readonly validators = new Map<string, ReturnType<Ajv2020["compile"]>>();

  constructor(private readonly options: FuzzOptions) {
    this.operations = operationsOf(options.document);
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(options.document as object, "openapi");
  }

  private bodyArbitrary(op: FuzzOperation) {
    const key = `${op.method} ${op.template}`;
    let arbitrary = this.arbitraries.get(key);
    if (!arbitrary) {
      arbitrary = valueFor(op.body ?? {}, this.options.document);
      this.arbitraries.set(key, arbitrary);
    }
    return arbitrary;
  }

  private validator(pointer: string) {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  /** Builds request number `index` of the run (deterministic for a seed, given the id pools). */
  build(
    index: number,
    op: FuzzOperation,
    identity: Identity,
    { allowProtected = false, kind: forced }: { allowProtected?: boolean; kind?: CaseKind } = {},
  ): FuzzRequest {
    const seed = (this.options.seed ?? 1) * 100_003 + index;
    const random = mulberry32(seed);
    const kinds = op.body
      ? BODY_KINDS
      : [
          ...PLAIN_KINDS,
          ...(op.pathParams.length ? (["bad-path", "unknown-id"] as CaseKind[]) : []),
        ];
    const drawn = kinds[Math.floor(random() * kinds.length)]!;
    const kind = forced ?? drawn;
    const mutating = op.method !== "GET";
    const exclude =
      allowProtected || !mutating ? new Set<string>() : (this.options.protectedIds ?? new Set());

    let path = op.template;
    for (const param of op.pathParams) {
      let value: string;
      if (kind === "bad-path")
        value = MALFORMED_UUIDS[Math.floor(random() * MALFORMED_UUIDS.length)]!;
      else if (kind === "unknown-id")
        value = String(sampleOne(valueFor(param.schema, this.options.document), seed));
      else {
        value =
          this.ids.pick(op.template, random, exclude) ??
          String(sampleOne(valueFor(param.schema, this.options.document), seed));
      }
      path = path.replace(
        `{${param.name}}`,
        kind === "bad-path" ? value : encodeURIComponent(value),
      );
    }

    const query = new URLSearchParams();
    for (const param of op.queryParams) {
      if (kind === "bad-query") {
        const roll = random();
        if (roll < 0.25 && param.schema.type === "string" && !param.schema.enum) {
          query.append(
            param.name,
            fitted(sampleOne(hostileString, seed + param.name.length), {
              ...param.schema,
              // URLs stay under 8 KB: Node refuses request heads over 16 KB before the app sees them.
              maxLength: Math.min(Number(param.schema.maxLength ?? 1000), 1000),
            }),
          );
        } else if (roll < 0.5) {
          const value = sampleOne(
            fc.oneof(
              hostileString.filter((s) => s.length < 1000),
              anyJson.map((v) => JSON.stringify(v)),
            ),
            seed + param.name.length,
          );
          query.append(param.name, String(value));
        } else if (roll < 0.7) {
          query.append(param.name, "1");
          query.append(param.name, "2");
        } else if (roll < 0.85) {
          query.append(param.name, "");
        }
        continue;
      }
      if (!param.required && random() < 0.5) continue;
      const value = sampleOne(
        valueFor(param.schema, this.options.document),
        seed + param.name.length,
      );
      query.append(param.name, typeof value === "string" ? value : JSON.stringify(value));
    }
    if (kind === "bad-query" && random() < 0.3)
      query.append(`unknown_${Math.floor(random() * 100)}`, "x");
    const search = query.toString();

    const headers: Record<string, string> = { accept: "application/json", ...identity.headers };
    let body: string | undefined;
    if (op.body) {
      headers["content-type"] = "application/json";
      const valid = sampleOne(this.bodyArbitrary(op), seed);
      body = JSON.stringify(this.mutate(kind, valid, op, seed, random));
      switch (kind) {
        case "malformed-json":
          body = [
            `{"a":`,
            "{'single': 1}",
            "[1,2,",
            "undefined",
            '{"a":1}}',
            "\u0000",
            '{"a": NaN}',
          ][Math.floor(random() * 7)];
          break;
        case "deep-json":
          body = nestedJson(random() < 0.5 ? 5_000 : 100_000, random() < 0.5 ? "array" : "object");
          break;
        case "oversized":
          body = JSON.stringify({ padding: "x".repeat(this.options.bodyLimit + 1024) });
          break;
        case "wrong-content-type":
          headers["content-type"] = [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "application/jsonx",
          ][Math.floor(random() * 5)]!;
          break;
        case "no-body":
          body = undefined;
          delete headers["content-type"];
          break;
      }
    }
    return {
      operation: op,
      identity,
      kind,
      method: op.method,
      path: `${path}${search ? `?${search}` : ""}`,
      headers,
      body,
    };
  }

  /** Breaks a valid body in the way `kind` names. */
  private mutate(
    kind: CaseKind,
    valid: unknown,
    op: FuzzOperation,
    seed: number,
    random: () => number,
  ): unknown {
    const schema = resolveRef(op.body ?? {}, this.options.document);
    const properties = Object.keys((schema.properties ?? {}) as object);
    const pickKey = () => properties[Math.floor(random() * properties.length)];
    const object =
      valid && typeof valid === "object" && !Array.isArray(valid)
        ? { ...(valid as Record<string, unknown>) }
        : undefined;
    switch (kind) {
      case "missing-field": {
        const required = (schema.required ?? []) as string[];
        const key = required[Math.floor(random() * required.length)] ?? pickKey();
        if (object && key) delete object[key];
        return object ?? valid;
      }
      case "extra-field":
        return object
          ? { ...object, [`extra_${Math.floor(random() * 1000)}`]: sampleOne(anyJson, seed) }
          : valid;
      case "wrong-type": {
        const key = pickKey();
        return object && key
          ? { ...object, [key]: sampleOne(anyJson, seed) }
          : sampleOne(anyJson, seed);
      }
      case "huge-string": {
        const key = pickKey();
        const size = Math.min(
          this.options.bodyLimit - 1024,
          200_000 + Math.floor(random() * 300_000),
        );
        return object && key ? { ...object, [key]: "x".repeat(size) } : valid;
      }
      case "huge-number": {
        const key = pickKey();
        return object && key ? { ...object, [key]: sampleOne(hostileNumber, seed) } : valid;
      }
      case "hostile-string": {
        if (!object) return valid;
        // Hostile text in free-text fields, cut to what the schema allows, the rest left valid:
        // so the text gets past validation and reaches the database and the pages.
        const text = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)
          .map(([key, property]) => [key, resolveRef(property, this.options.document)] as const)
          .filter(([, p]) => p.type === "string" && !p.enum && !p.format && !p.pattern);
        if (text.length === 0) return valid;
        const out = { ...object };
        const all = random() < 0.5;
        const target = text[Math.floor(random() * text.length)]![0];
        for (const [key, property] of text) {
          if (!all && key !== target) continue;
          out[key] = fitted(sampleOne(hostileString, seed + key.length), property);
        }
        return out;
      }
      case "wrong-root":
        return sampleOne(
          fc.oneof(
            fc.constant([]),
            fc.constant("text"),
            fc.constant(42),
            fc.constant(null),
            fc.constant([valid]),
          ),
          seed,
        );
      default:
        return valid;
    }
  }

  /** Sends one request and checks the answer; returns a problem, or undefined when all is well. */
  async send(request: FuzzRequest, result: FuzzResult): Promise<void> {
    const { operation: op } = request;
    result.requests += 1;
    result.byKind[request.kind] = (result.byKind[request.kind] ?? 0) + 1;
    result.byOperation[op.operationId] = (result.byOperation[op.operationId] ?? 0) + 1;
    const fail = (problem: string, status?: number, responseText?: string) => {
      result.failures.push({
        request,
        problem,
        status,
        responseText: responseText?.slice(0, 2000),
      });
    };
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl}/api/v1${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual",
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause;
      fail(`no answer: ${(error as Error).message}${cause ? ` (${cause.message})` : ""}`);
      return;
    }
    const status = response.status;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      fail(`the answer broke off: ${(error as Error).message}`, status);
      return;
    }
    if (status >= 500) {
      // A documented dependency answer (503 from /ready, 502 from a model provider) is allowed only
      // when the operation names it; an INTERNAL_ERROR never is.
      const documentedDependency = status !== 500 && op.responses.has(status);
      if (!documentedDependency) return fail(`server error ${status}`, status, text);
    }
    const documented = op.responses.get(status);
    if (!documented) return fail(`undocumented status ${status}`, status, text);
    const type = response.headers.get("content-type") ?? "";
    // A success in another documented media type (a GraphML export, an event stream) is not JSON
    // by design.
    const mediaType = type.split(";")[0]!.trim().toLowerCase();
    // A deprecated answer kept for old clients (`Deprecation`) is its successor's answer, and
    // must be what the successor operation (`Link: <...>; rel="successor-version"`) documents.
    const successor = status < 300 ? this.successorOf(op, response.headers) : undefined;
    if (successor === null) {
      return fail("a deprecated answer without a documented successor-version", status, text);
    }
    if (successor) {
      if (!successor.responses.get(status)?.otherTypes.includes(mediaType)) {
        const problem = `a deprecated answer as "${type}", which ${successor.operationId} does not document`;
        return fail(problem, status, text);
      }
      if (!response.headers.get("x-request-id"))
        return fail("no x-request-id header", status, text);
      return;
    }
    if (status < 300 && documented.otherTypes.includes(mediaType)) {
      if (!response.headers.get("x-request-id"))
        return fail("no x-request-id header", status, text);
      return;
    }
    if (!/^application\/json/i.test(type)) return fail(`not JSON but "${type}"`, status, text);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail("the body is not valid JSON", status, text);
    }
    const envelope = body as { success?: unknown; error?: { code?: unknown } };
    if (status >= 400 && (envelope.success !== false || typeof envelope.error?.code !== "string")) {
      return fail("an error answer that is not an error envelope", status, text);
    }
    if (status < 400 && !documented.raw && envelope.success !== true) {
      return fail("a success answer that is not a success envelope", status, text);
    }
    if (!response.headers.get("x-request-id")) return fail("no x-request-id header", status, text);
    if (status >= 500) {
      const code = String(envelope.error?.code);
      result.serverErrors[code] = (result.serverErrors[code] ?? 0) + 1;
      // Every operation documents 503 for a database that is gone; the fuzz database never is.
      if (code === "UNAVAILABLE" || code === "INTERNAL_ERROR") {
        return fail(`server error ${status} ${code}`, status, text);
      }
    }
    const validate = this.validator(documented.pointer);
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || "(root)"} ${e.message}`)
        .join("; ");
      return fail(`the answer does not match the documented schema: ${errors}`, status, text);
    }
    if (status < 300) this.ids.harvest(op.template, (body as { data?: unknown }).data);
  }

  /**
   * The operation a deprecated answer's `Link` names as its successor-version (null when it names
   * none the document has); undefined for an answer that is not deprecated.
   */
  private successorOf(op: FuzzOperation, headers: Headers): FuzzOperation | null | undefined {
    if (!headers.get("deprecation")) return undefined;
    const link = /<([^>]+)>\s*;\s*rel="?successor-version"?/.exec(headers.get("link") ?? "");
    const path = link?.[1]?.replace(/^\/api\/v1(?=\/)/, "");
    return this.operations.find((o) => o.method === op.method && o.template === path) ?? null;
  }

  private emptyResult(): FuzzResult {
    return {
      requests: 0,
      failures: [],
      byStatus: {},
      byKind: {},
      byOperation: {},
      serverErrors: {},
      durationMs: 0,
    };
  }

  /**
   * The run: first every GET as admin (to fill the id pools), then `requests` requests over every
   * operation and caller in turn, then the operations that may touch the callers' own accounts
   * (revoking their tokens, changing their roles), last.
   */
  async run(): Promise<FuzzResult> {
    const started = performance.now();
    const result = this.emptyResult();
    const { identities } = this.options;
    const admin = identities.at(-1)!;
    let index = 0;
    for (const op of this.operations.filter((o) => o.method === "GET")) {
      await this.send(this.build(index++, op, admin, { kind: "valid" }), result);
    }
    // Seed every collection with a created thing so valid requests can name it.
    for (const op of this.operations.filter(
      (o) => o.method === "POST" && !o.template.includes("{"),
    )) {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await this.send(this.build(index++, op, admin, { kind: "valid" }), result);
      }
    }
    const concurrency = this.options.concurrency ?? 4;
    const batch = 200;
    let sent = 0;
    while (sent < this.options.requests) {
      const size = Math.min(batch, this.options.requests - sent);
      const requests: FuzzRequest[] = [];
      for (let i = 0; i < size; i += 1) {
        const n = sent + i;
        const op = this.operations[n % this.operations.length]!;
        const identity = identities[Math.floor(n / this.operations.length) % identities.length]!;
        requests.push(this.build(index++, op, identity));
      }
      await this.pool(requests, concurrency, result);
      sent += size;
      await this.options.reset?.();
      this.options.onProgress?.(result.requests);
    }
    // Last: what may lock the callers out (their own ids in mutating operations).
    for (const op of this.operations.filter((o) => o.method !== "GET" && o.pathParams.length > 0)) {
      for (const identity of identities) {
        for (const id of this.options.protectedIds ?? []) {
          const request = this.build(index++, op, identity, {
            allowProtected: true,
            kind: "valid",
          });
          const path = op.template.replace(/\{[^}]+\}/, id);
          await this.send({ ...request, path }, result);
        }
      }
    }
    result.durationMs = performance.now() - started;
    return result;
  }

  private async pool(requests: FuzzRequest[], concurrency: number, result: FuzzResult) {
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        await this.send(request, result);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
}

/** A failure as a request one can paste into a terminal. */
export function describeFailure(failure: FuzzFailure, baseUrl: string): string {
  const { request } = failure;
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `-H '${name}: ${value}'`)
    .join(" ");
  const body =
    request.body === undefined
      ? ""
      : request.body.length > 500
        ? ` --data '<${request.body.length} bytes: ${request.body.slice(0, 200).replaceAll("'", "'\\''")}...>'`
        : ` --data '${request.body.replaceAll("'", "'\\''")}'`;
  return [
    `✖ ${request.operation.operationId} as ${request.identity.name} (${request.kind}): ${failure.problem}`,
    `  curl -X ${request.method} '${baseUrl}/api/v1${request.path}' ${headers}${body}`,
    failure.responseText ? `  ← ${failure.status}: ${failure.responseText.slice(0, 600)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}
