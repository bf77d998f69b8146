import fc from "fast-check";

/**
 * fast-check arbitraries made from the JSON Schemas of the OpenAPI document: values that satisfy
 * a schema (so valid requests reach the handlers), and the hostile values a client may send
 * instead.
 */

export type JsonSchema = Record<string, unknown>;

/** Resolves `#/components/schemas/X` references against the document. */
export function resolveRef(schema: JsonSchema, document: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string" && hops < 20; hops += 1) {
    const pointer = (current.$ref as string).replace(/^#\//, "").split("/");
    let node: unknown = document;
    for (const part of pointer) {
      node = (node as Record<string, unknown>)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    if (!node || typeof node !== "object") throw new Error(`Unresolvable $ref ${current.$ref}`);
    current = node as JsonSchema;
  }
  return current;
}

const SAFE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_".split("");
const safeText = (min: number, max: number) =>
  fc
    .string({ unit: fc.constantFrom(...SAFE_CHARS), minLength: min, maxLength: max })
    .map((text) => {
      // Schemas often trim before checking a minimum length: keep the ends non-blank.
      const trimmed = text.trim();
      return trimmed.length >= min ? trimmed : trimmed.padEnd(Math.max(min, 1), "x");
    });

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const declaredMax = typeof schema.maxLength === "number" ? schema.maxLength : min + 40;
  const max = Math.min(declaredMax, min + 40);
  switch (schema.format) {
    case "uuid":
      return fc.uuid({ version: [4, 7] });
    case "date-time":
      return fc
        .date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2035-01-01T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case "email":
      return fc
        .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/), fc.integer({ min: 0, max: 1e9 }))
        .map(([local, n]) => `${local}${n}@example.com`);
    case "uri":
    case "url":
      return fc.webUrl();
  }
  if (typeof schema.pattern === "string") {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((text) => text.length >= min && text.length <= declaredMax);
  }
  return safeText(min, max);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lower =
    typeof schema.exclusiveMinimum === "number"
      ? schema.exclusiveMinimum + (integer ? 1 : 1e-6)
      : typeof schema.minimum === "number"
        ? schema.minimum
        : -1_000_000;
  const upper =
    typeof schema.exclusiveMaximum === "number"
      ? schema.exclusiveMaximum - (integer ? 1 : 1e-6)
      : typeof schema.maximum === "number"
        ? schema.maximum
        : Math.max(lower, 0) + 1_000_000;
  if (integer) return fc.integer({ min: Math.ceil(lower), max: Math.floor(upper) });
  return fc.double({ min: lower, max: upper, noNaN: true, noDefaultInfinity: true });
}

/** A value that satisfies `schema` (as far as JSON Schema can say; refinements may still fail). */
export function valueFor(
  schema: JsonSchema,
  document: JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, document);
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((alt) => valueFor(alt, document, depth + 1)));
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    return valueFor(Object.assign({}, ...(s.allOf as JsonSchema[])), document, depth + 1);
  }
  if (Array.isArray(s.type)) {
    return fc.oneof(
      ...(s.type as string[]).map((type) => valueFor({ ...s, type }, document, depth)),
    );
  }
  switch (s.type) {
    case "string":
      return stringArbitrary(s);
    case "integer":
      return numberArbitrary(s, true);
    case "number":
      return numberArbitrary(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = typeof s.minItems === "number" ? s.minItems : 0;
      const maxLength = Math.min(typeof s.maxItems === "number" ? s.maxItems : 4, minLength + 3);
      const items = (s.items as JsonSchema | undefined) ?? {};
      return fc.array(depth > 6 ? fc.constant(null) : valueFor(items, document, depth + 1), {
        minLength,
        maxLength,
      });
    }
    case "object":
      return objectArbitrary(s, document, depth);
  }
  if (s.properties) return objectArbitrary(s, document, depth);
  // Anything goes.
  return fc.jsonValue({ maxDepth: 2 });
}

function objectArbitrary(s: JsonSchema, document: JsonSchema, depth: number) {
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = (s.required ?? []) as string[];
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    shape[name] = valueFor(property, document, depth + 1);
  }
  const record = fc.record(shape, { requiredKeys: required.filter((key) => key in shape) });
  const extra = s.additionalProperties;
  if (extra && typeof extra === "object" && Object.keys(properties).length === 0) {
    return fc.dictionary(
      fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/),
      valueFor(extra as JsonSchema, document, depth + 1),
      { maxKeys: 3 },
    );
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  "1; SELECT pg_sleep(5)",
  "$1",
  "%' AND 1=0 UNION SELECT NULL --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<svg/onload=alert(1)>",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as is
  "${7*7}",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "a\u0000b",
  "\u202e\u0041\u0301",
  "\ud800",
  "\udfff\ud800",
  "𝕏💥🏳️‍🌈",
  "\r\nSet-Cookie: injected=1",
  "\t\b\f\v",
  "NaN",
  "null",
  "__proto__",
  "constructor",
];

export const MALFORMED_UUIDS = [
  "not-a-uuid",
  "00000000-0000-0000-0000-00000000000",
  "00000000-0000-0000-0000-0000000000000",
  "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
  "1",
  "-1",
  "0",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "' OR 1=1 --",
  "%3Cscript%3E",
  "%F0%9F%92%A5",
  "%FF%FE",
  "a".repeat(4096),
  "12345678-1234-1234-1234-1234567890ab%00",
];

/** Any JSON value of any type: what a client sends in place of the expected one. */
export const anyJson = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

export const hostileString = fc.oneof(
  fc.constantFrom(...INJECTION_STRINGS),
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
    maxLength: 32,
  }),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => "x".repeat(n)),
);

export const hostileNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 31,
  -(2 ** 31) - 1,
  0.1,
  -0,
  5e-324,
  1.2345678901234568e29,
);

/** A JSON text nested `depth` levels deep, as arrays or objects. */
export function nestedJson(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? "[".repeat(depth) + "]".repeat(depth)
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}
