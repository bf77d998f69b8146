import { z } from "zod/v4";
import { markQueryBoolean, named } from "#app/api/schema-registry.ts";

/** Schemas shared by several operations; each carries an id so the OpenAPI document names it. */

/**
 * A path parameter that names a row by its id: a UUID, or a 400 that names the parameter
 * ("userId must be a UUID").
 */
export const uuidParam = (name: string) => z.uuid(`${name} must be a UUID`);

/**
 * The params of every `/…/{id}` operation. A nested one adds its own: `idParams.extend({
 * userId: uuidParam("userId") })` for `/rooms/{id}/members/{userId}`.
 */
export const idParams = z.object({ id: uuidParam("id") });

/**
 * A boolean query parameter: `true`/`false` or `1`/`0` on the wire (a query string has no other
 * booleans), a boolean to the handler, and `type: boolean` in the document.
 */
export function queryBoolean(field: string) {
  return markQueryBoolean(
    z
      .enum(["true", "false", "1", "0"], { error: `${field} must be true or false (or 1 or 0)` })
      .transform((value) => value === "true" || value === "1"),
  );
}

export const HTTP_URL_MESSAGE = "must be an http(s) URL";
const URL_MAX_LENGTH = 2_000;

/**
 * Every URL NEXUS stores: absolute http(s) only. Stored URLs end up as links and as probe
 * targets, and any other scheme (javascript:, data:, file:, ...) there runs code in a reader's
 * browser or reads the server's own files. `field` starts the message ("url must be an http(s)
 * URL"); without it the message is the bare rule, for callers that prefix it themselves.
 */
export function httpUrl(field?: string) {
  const message = field ? `${field} ${HTTP_URL_MESSAGE}` : HTTP_URL_MESSAGE;
  return z
    .url({ protocol: /^https?$/, error: message })
    .max(URL_MAX_LENGTH, `${field ?? "a URL"} must be at most ${URL_MAX_LENGTH} characters`);
}

const anyHttpUrl = httpUrl();

/**
 * Whether a stored value may be rendered as a link: the same rule as `httpUrl`, for rows written
 * before it held (or behind NEXUS's back), which are shown as text instead.
 */
export const isHttpUrl = (value: string | null | undefined): value is string =>
  typeof value === "string" && anyHttpUrl.safeParse(value).success;

const EARLIEST_STORABLE = Date.parse("0001-01-01T00:00:00.000Z");
const LATEST_STORABLE = Date.parse("9999-12-31T23:59:59.999Z");

/**
 * Whether a timestamptz can hold this instant as NEXUS sends it: years 1 to 9999 (UTC).
 * JavaScript dates reach year ±275760, but Postgres refuses year 0 and the six-digit years
 * JavaScript writes beyond 9999, so an input outside fails at the database as a 500 instead of
 * as the client's mistake.
 */
export const isStorableTime = (time: number) =>
  time >= EARLIEST_STORABLE && time <= LATEST_STORABLE;

const STORABLE_RANGE = "must be between the years 1 and 9999 (UTC)";

/**
 * An ISO 8601 date-time with any offset that a timestamptz can hold (see isStorableTime).
 * `error` answers a value that is not a date-time; `field` starts the message for one outside
 * the range.
 */
export function isoDateTime(field: string, error: string) {
  return z.iso
    .datetime({ offset: true, error, abort: true })
    .refine((value) => isStorableTime(Date.parse(value)), `${field} ${STORABLE_RANGE}`);
}

export const componentCheckSchema = named(
  "ComponentCheck",
  z.object({
    name: z.enum(["database", "cache", "realtime"]),
    ok: z.boolean(),
    backend: z.string(),
    latencyMs: z.number(),
    error: z.string().optional(),
  }),
);

export const readinessSchema = named(
  "Readiness",
  z.object({
    ready: z.boolean(),
    /** Failed components NEXUS serves through (the cache fails open): 200, not 503. */
    degraded: z.array(z.enum(["database", "cache", "realtime"])),
    checks: z.array(componentCheckSchema),
    checkedAt: z.iso.datetime(),
  }),
);

export const errorBodySchema = named(
  "ErrorEnvelope",
  z.object({
    success: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
    timestamp: z.iso.datetime(),
  }),
);
