/**
 * The NEXUS API client: openapi-fetch over the types generated from the API's OpenAPI document
 * (`schema.d.ts`, `npm run client`), with the envelope taken off. An answer
 * `{ success: true, data, meta, timestamp }` comes back as `{ data, meta }` (and the `response`,
 * for its status and headers), typed from the document; an error answer is thrown as a
 * `NexusApiError`; an answer that is not an envelope (the knowledge export file) comes back as
 * `data` as it is.
 */
import createClient, {
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The error envelope's `error`, as the document declares it. */
type ErrorBody = components["schemas"]["ErrorEnvelope"]["error"];

/** An answer the API refused or failed, with the error envelope's fields. */
export class NexusApiError extends Error {
  override readonly name = "NexusApiError";
  /** The HTTP status. */
  readonly status: number;
  /** The API's error code, such as `VALIDATION_FAILED`, `NOT_FOUND`, `CONFLICT`. */
  readonly code: string;
  /** For `VALIDATION_FAILED`, the fields at fault; else whatever the error adds, if anything. */
  readonly details: ErrorBody["details"];
  /** The request's id in NEXUS's logs. */
  readonly requestId: string | undefined;
  /** The answer itself, for its headers (Retry-After on 429 and 503). */
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const error = isErrorEnvelope(body) ? body.error : undefined;
    super(error?.message ?? `NEXUS answered ${response.status} ${response.statusText}`.trim());
    this.status = response.status;
    this.code = error?.code ?? `HTTP_${response.status}`;
    this.details = error?.details;
    this.requestId = error?.requestId ?? response.headers.get("x-request-id") ?? undefined;
    this.response = response;
  }
}

/** What a call gives back: an envelope's `data` and `meta`, or a raw answer as `data`. */
export type Answer<Body> = Body extends { success: true; data: infer Data }
  ? {
      data: Data;
      meta: Body extends { meta?: infer Meta } ? NonNullable<Meta> : Record<string, never>;
      response: Response;
    }
  : { data: Body; meta: undefined; response: Response };

/** The success body of an operation, as openapi-fetch types it (by `parseAs`, too). */
type SuccessBody<Operation, Init> = NonNullable<
  FetchResponse<Operation & Record<string | number, unknown>, Init, MediaType>["data"]
>;

/** openapi-fetch's rule: the options may be left out when nothing in them is required. */
type InitArgument<Init> =
  RequiredKeysOf<Init> extends never
    ? [init?: Init & { [key: string]: unknown }]
    : [init: Init & { [key: string]: unknown }];

/** One HTTP method of the client, over every path that has it. */
export type NexusMethod<Method extends HttpMethod> = <
  Path extends PathsWithMethod<paths, Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  path: Path,
  ...init: InitArgument<Init>
) => Promise<Answer<SuccessBody<paths[Path][Method], Init>>>;

export interface NexusClient {
  GET: NexusMethod<"get">;
  POST: NexusMethod<"post">;
  PUT: NexusMethod<"put">;
  PATCH: NexusMethod<"patch">;
  DELETE: NexusMethod<"delete">;
  /**
   * The openapi-fetch client underneath (same base URL and token), which answers
   * `{ data, error, response }` without unwrapping: for a streamed answer (`parseAs: "stream"`).
   */
  raw: Client<paths>;
}

export interface NexusClientOptions {
  /** Where NEXUS is, such as `http://localhost:3000` (`/api/v1` is added). */
  baseUrl: string;
  /** An API token (Settings → API tokens, or `npm run nexus -- token create`). */
  token: string;
  /** A fetch to use instead of the global one. */
  fetch?: (request: Request) => Promise<Response>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isErrorEnvelope(value: unknown): value is { success: false; error: ErrorBody } {
  return (
    isObject(value) &&
    value.success === false &&
    isObject(value.error) &&
    typeof value.error.code === "string" &&
    typeof value.error.message === "string"
  );
}

function isEnvelope(value: unknown): value is { success: true; data: unknown; meta?: unknown } {
  return isObject(value) && value.success === true && "data" in value;
}

/** The same call whatever the method; the types are the ones NexusMethod declares. */
type UntypedCall = (
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createNexusClient({ baseUrl, token, fetch }: NexusClientOptions): NexusClient {
  const root = baseUrl.replace(/\/+$/, "");
  const raw = createClient<paths>({
    baseUrl: root.endsWith("/api/v1") ? root : `${root}/api/v1`,
    headers: { Authorization: `Bearer ${token}` },
    ...(fetch ? { fetch } : {}),
  });

  const method = <M extends HttpMethod>(name: Uppercase<M>): NexusMethod<M> => {
    // openapi-fetch checks the arguments against the document; here they are passed on as is.
    const call = raw[name as keyof Client<paths>] as unknown as UntypedCall;
    const unwrapped = async (path: string, init?: Record<string, unknown>) => {
      const { data, error, response } = await call(path, init);
      if (!response.ok) throw new NexusApiError(response, error);
      if (isEnvelope(data)) return { data: data.data, meta: data.meta ?? {}, response };
      return { data, meta: undefined, response };
    };
    return unwrapped as unknown as NexusMethod<M>;
  };

  return {
    GET: method<"get">("GET"),
    POST: method<"post">("POST"),
    PUT: method<"put">("PUT"),
    PATCH: method<"patch">("PATCH"),
    DELETE: method<"delete">("DELETE"),
    raw,
  };
}
