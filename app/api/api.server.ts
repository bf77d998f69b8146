import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod/v4";
import { databaseUnavailable } from "#db/client.ts";
import { type Actor, getActor, requireApiActor } from "../accounts/auth.server.ts";
import { DomainError } from "../utils/domain-errors.ts";
import type { Permission } from "../utils/permissions.ts";
import { retryAfterSeconds } from "../utils/rate-limit.server.ts";
import { isStorableText } from "../utils/text.ts";
import { ApiError, apiErrors, errorEnvelope, type FieldIssue, fromDomainError } from "./errors.ts";

/**
 * The JSON API's one way of doing things: the envelope, the error codes, input parsing and
 * method dispatch. Every `app/routes/api.*` module is a `defineApi(...)` call and nothing else
 * (docs/decisions/003-api-envelope-and-versioning.md).
 */

export const API_VERSION = "1";
export const API_PREFIX = "/api/v1";

export { ApiError, apiErrors, type ErrorCode, type FieldIssue } from "./errors.ts";

function requestIdOf(context: AppLoadContext | undefined): string | undefined {
  return context?.requestId;
}

/**
 * What every API answer carries, envelope or not (an error, a 404 for an unknown path, the
 * OpenAPI document, an export). `nosniff`: a browser that opens an answer directly must treat it
 * as the type it is declared, never guess HTML or script from text a caller stored in it.
 */
function stampApiHeaders(headers: Headers): void {
  headers.set("API-Version", API_VERSION);
  headers.set("X-Content-Type-Options", "nosniff");
}

function baseHeaders(extra?: HeadersInit): Headers {
  const headers = new Headers(extra);
  stampApiHeaders(headers);
  headers.set("Cache-Control", headers.get("Cache-Control") ?? "no-store");
  // x-request-id is set by server.ts on every response, API or not.
  return headers;
}

/**
 * A JSON response with its length declared, so compression can tell a small body (sent as is)
 * from a large one.
 */
function jsonResponse(body: unknown, status: number, headers: Headers): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Content-Length", String(bytes.byteLength));
  return new Response(bytes, { status, headers });
}

export interface SuccessOptions {
  status?: number;
  meta?: Record<string, unknown>;
  headers?: HeadersInit;
}

export function success(
  context: AppLoadContext | undefined,
  data: unknown,
  options: SuccessOptions = {},
): Response {
  const body = {
    success: true,
    data,
    meta: { ...options.meta, requestId: requestIdOf(context) },
    timestamp: new Date().toISOString(),
  };
  return jsonResponse(body, options.status ?? 200, baseHeaders(options.headers));
}

export function failure(context: AppLoadContext | undefined, error: ApiError): Response {
  const body = errorEnvelope(error.code, error.message, requestIdOf(context), error.details);
  return jsonResponse(body, error.status, baseHeaders(error.headers));
}

// ---------------------------------------------------------------------------------------------
// Input parsing

type ZodIssue = z.ZodError["issues"][number];

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The issues to report, with a union's "Invalid input" replaced by the issues of the one option
 * the input was evidently meant as (the only one that does not miss a field the input lacks), so
 * `sources.0.url` is named rather than `sources.0`; and a field the schema does not know (a
 * strict object's `unrecognized_keys`, reported on the object) named at its own path,
 * `sources.0.bogus`, one issue each.
 */
function reportable(issues: readonly ZodIssue[], input: unknown, base: PropertyKey[] = []) {
  // Past this many unknown fields in one object the rest are counted, not listed: an answer
  // stays small whatever a body holds.
  const namedUnknownFields = 20;
  return issues.flatMap((issue): { path: PropertyKey[]; message: string }[] => {
    const path = [...base, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      const named = issue.keys.slice(0, namedUnknownFields).map((key) => ({
        path: [...path, key],
        message: "is not a field of this request",
      }));
      const more = issue.keys.length - named.length;
      if (more > 0) {
        named.push({ path, message: `and ${more} more fields that are not part of this request` });
      }
      return named;
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const misses = (option: readonly ZodIssue[]) =>
        option.some(
          (inner) =>
            inner.code === "invalid_type" &&
            inner.path.length > 0 &&
            valueAt(input, [...path, ...inner.path]) === undefined,
        );
      const meant = issue.errors.filter((option) => !misses(option));
      if (meant.length === 1) return reportable(meant[0]!, input, path);
    }
    return [{ path, message: issue.message }];
  });
}

function issuesFrom(error: z.ZodError, where: FieldIssue["in"], input: unknown): FieldIssue[] {
  return reportable(error.issues, input).map((issue) => ({
    in: where,
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

/**
 * Where a string (or an object key) is not text Postgres can store (`isStorableText`: U+0000 or
 * a lone surrogate, `"\ud800"` in JSON), so it is refused as input rather than failing at the
 * database as a 500.
 */
export function nulCharacterPaths(value: unknown): string[] {
  // Iterative, with parent links: bodies may be nested a hundred thousand levels deep.
  type Node = { value: unknown; key?: string; parent?: Node };
  const pathOf = (node: Node, last?: string) => {
    const parts = last === undefined ? [] : [last];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) parts.unshift(n.key);
    return parts.join(".") || "(root)";
  };
  const found: string[] = [];
  const stack: Node[] = [{ value }];
  while (stack.length > 0 && found.length < 20) {
    const node = stack.pop()!;
    const current = node.value;
    if (typeof current === "string") {
      if (!isStorableText(current)) found.push(pathOf(node));
    } else if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) {
        stack.push({ value: current[index], key: String(index), parent: node });
      }
    } else if (current && typeof current === "object") {
      for (const [key, inner] of Object.entries(current)) {
        if (!isStorableText(key)) found.push(pathOf(node, key));
        else stack.push({ value: inner, key, parent: node });
      }
    }
  }
  return found;
}

/** Async, for the checks only the server can make (a password against the common ones). */
async function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: FieldIssue["in"],
): Promise<z.output<T>> {
  const nul = nulCharacterPaths(value);
  if (nul.length > 0) {
    throw apiErrors.validation(
      nul.map((path) => ({
        in: where,
        path,
        message:
          "must be well-formed text: no NUL character (U+0000) and no unpaired surrogate (e.g. \\ud800)",
      })),
    );
  }
  const result = await schema.safeParseAsync(value);
  if (!result.success) throw apiErrors.validation(issuesFrom(result.error, where, value));
  return result.data;
}

/** Query strings become objects; a key given twice becomes an array. */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Reads a JSON body no larger than `limit` bytes, counting what arrives, not what is claimed. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const tooLarge = () =>
    new ApiError(
      413,
      "PAYLOAD_TOO_LARGE",
      `The request body is larger than the limit of ${limit} bytes.`,
      { limit },
    );
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Stop reading without cancelling: cancelling destroys the socket under the client while
        // it is still sending, and it never sees the 413. server.ts discards the rest.
        reader.releaseLock();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  if (size === 0) return undefined;

  const type = request.headers.get("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new ApiError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the body as application/json (got ${type ? `"${type.slice(0, 100)}"` : "no Content-Type"}).`,
    );
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON.", {
      reason: (error as Error).message,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Operations

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HandlerInput<P, Q, B, H = undefined, A = Actor> {
  request: Request;
  context: AppLoadContext;
  /** Who is asking; null only on public operations when nobody signed in. */
  actor: A;
  params: P;
  query: Q;
  body: B;
  /** The declared request headers, parsed (`Operation.headers`). */
  headers: H;
}

/** What a list operation's handler returns: one page, and the cursor of the next (null: last). */
export interface ListPage<T = unknown> {
  items: T[];
  nextCursor: string | null;
}

export interface Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  H extends z.ZodType = z.ZodType,
> {
  /** Stable name used in the OpenAPI document (`operationId`). */
  id: string;
  /**
   * Who may call it: "public", or the permission the caller's role needs. Required, so no route
   * can forget to decide.
   */
  access: "public" | Permission;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * Request headers the operation reads, as an object keyed by the header's name as documented
   * (`{ "If-Match": ... }`): parsed like the query (a 400 naming the header), documented as
   * header parameters, handed to the handler as `headers`.
   */
  headers?: H;
  /** The schema of `data` in a successful envelope (for a list: the array of one page). */
  response?: z.ZodType;
  /**
   * A list: the handler returns a `ListPage` and the answer's `meta` carries `nextCursor` (null
   * on the last page) and `limit`, the page size asked for, declared as such in the document.
   */
  list?: boolean;
  /** Fields of `meta` besides the request id and a list's paging, for the document. */
  meta?: z.ZodType;
  /** Response headers a success carries besides the common ones: name and what it says. */
  responseHeaders?: Record<string, string>;
  /** Other success statuses with the same answer, and when (a replay that stored nothing: 200). */
  alsoStatus?: Record<number, string>;
  /** Success status (200 unless said otherwise). */
  status?: number;
  /** Statuses this operation may answer besides success and the common errors. */
  errors?: number[];
  /** Set for operations whose success answer is not an envelope (documents, streams). */
  raw?: boolean;
  /**
   * The one media type a success is sent as, when it is not JSON (an event stream, a GraphML
   * file): such an answer is never an envelope. One type per operation, so typed clients get one
   * type per answer.
   */
  mediaType?: string;
  /**
   * false exempts the operation from API rate limits: liveness and readiness probes come from one
   * monitoring address many times a minute and must never be told to slow down.
   */
  rateLimited?: boolean;
  handler: (
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>, z.output<H>, Actor>,
  ) => Promise<unknown | Response> | unknown | Response;
}

export interface ApiDefinition {
  /** OpenAPI path under /api/v1, with `{param}` placeholders. */
  path: string;
  operations: Partial<Record<Method, Operation>>;
  loader: (args: LoaderArgsLike) => Promise<Response>;
  action: (args: LoaderArgsLike) => Promise<Response>;
}

interface LoaderArgsLike {
  request: Request;
  params: Record<string, string | undefined>;
  context: AppLoadContext;
}

/** Typed helper so each operation's handler sees its own parsed inputs. */
export function operation<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  H extends z.ZodType = z.ZodUndefined,
>(op: Operation<P, Q, B, H>): Operation {
  return op as unknown as Operation;
}

export function bodyLimit(context: AppLoadContext | undefined): number {
  return context?.services?.config.env.API_BODY_LIMIT ?? 1_048_576;
}

/**
 * Counts the request against its limit: whether it may go on, and where the caller stands
 * (`RateLimit-Limit`, `-Remaining`, `-Reset` in seconds), which every answer carries.
 */
async function countRequest(
  context: AppLoadContext,
  actor: Actor | null,
): Promise<{ allowed: boolean; retryAfter: number; headers: Record<string, string> } | undefined> {
  const limiter = context?.services?.rateLimiter;
  if (!limiter) return undefined;
  const [rule, key] = actor
    ? [
        {
          ...limiter.rules.api,
          limit: context.services.config.env.API_RATE_LIMIT ?? limiter.rules.api.limit,
        },
        actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.user.id}`,
      ]
    : [limiter.rules.apiAnonymous, `ip:${context.clientIp}`];
  const result = await limiter.limit(rule, key);
  const headers = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(Math.max(0, result.remaining)),
    "RateLimit-Reset": String(retryAfterSeconds(result)),
  };
  return { allowed: result.success, retryAfter: retryAfterSeconds(result), headers };
}

/** The declared headers of a request, by their documented names (absent ones left out). */
function headerObject(request: Request, schema: z.ZodType): Record<string, string> {
  const names = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = request.headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * The one place an error becomes an API answer: an ApiError as it is, a domain error as its
 * status and code (`fromDomainError`), a database outage as 503, anything else as a logged 500.
 */
export function handleUnexpected(context: AppLoadContext | undefined, error: unknown): Response {
  if (error instanceof ApiError) return failure(context, error);
  if (error instanceof DomainError) return failure(context, fromDomainError(error));
  if (error instanceof Response) return error;
  if (databaseUnavailable(error)) {
    // The outage itself is logged once, by the query observer (observability/queries.server.ts).
    context?.services?.log.debug(
      { requestId: requestIdOf(context) },
      "database unavailable: answered 503",
    );
    return failure(
      context,
      new ApiError(
        503,
        "UNAVAILABLE",
        "The database is not answering; nothing was changed. Try again shortly.",
        undefined,
        { "Retry-After": "5" },
      ),
    );
  }
  context?.services?.log.error(
    { err: error, requestId: requestIdOf(context) },
    "unhandled error in API handler",
  );
  return failure(
    context,
    new ApiError(500, "INTERNAL_ERROR", "Something went wrong on our side; it has been logged."),
  );
}

/** The API's own headers, and where the caller stands against its rate limit, on any answer. */
function withHeaders(response: Response, limits: Record<string, string> | undefined): Response {
  stampApiHeaders(response.headers);
  for (const [name, value] of Object.entries(limits ?? {})) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

export function defineApi(
  path: string,
  operations: Partial<Record<Method, Operation>>,
): ApiDefinition {
  const allowed = Object.keys(operations) as Method[];
  if (allowed.includes("GET")) allowed.push("HEAD" as Method);

  async function dispatch({ request, params, context }: LoaderArgsLike): Promise<Response> {
    let limits: Record<string, string> | undefined;
    try {
      const method = (request.method === "HEAD" ? "GET" : request.method) as Method;
      const op = operations[method];
      if (!op) {
        throw new ApiError(
          405,
          "METHOD_NOT_ALLOWED",
          `${request.method} is not allowed here. Allowed: ${allowed.join(", ")}.`,
          { allowed },
          { Allow: allowed.join(", ") },
        );
      }
      const actor =
        op.access === "public"
          ? // Public operations (health, readiness) answer even when credentials or the database don't.
            await getActor(request, context).catch(() => null)
          : await requireApiActor(request, context, op.access);
      if (op.rateLimited !== false) {
        const count = await countRequest(context, actor);
        limits = count?.headers;
        if (count && !count.allowed) throw apiErrors.rateLimited(count.retryAfter);
      }
      const parsedParams = op.params ? await parseWith(op.params, params, "params") : undefined;
      const parsedQuery = op.query
        ? await parseWith(op.query, queryObject(new URL(request.url)), "query")
        : undefined;
      const parsedHeaders = op.headers
        ? await parseWith(op.headers, headerObject(request, op.headers), "header")
        : undefined;
      let parsedBody: unknown;
      if (op.body) {
        const raw = await readJsonBody(request, bodyLimit(context));
        parsedBody = await parseWith(op.body, raw, "body");
      }
      const result = await op.handler({
        request,
        context,
        actor: actor as Actor,
        params: parsedParams,
        query: parsedQuery,
        body: parsedBody,
        headers: parsedHeaders,
      });
      if (result instanceof Response) return withHeaders(result, limits);
      if (op.list) {
        const page = result as ListPage;
        const limit = (parsedQuery as { limit?: number } | undefined)?.limit;
        return withHeaders(
          success(context, page.items, {
            status: op.status,
            meta: { nextCursor: page.nextCursor, ...(limit === undefined ? {} : { limit }) },
          }),
          limits,
        );
      }
      return withHeaders(success(context, result, { status: op.status }), limits);
    } catch (error) {
      // A Response thrown by a helper reaches the client too.
      return withHeaders(handleUnexpected(context, error), limits);
    }
  }

  return { path, operations, loader: dispatch, action: dispatch };
}
