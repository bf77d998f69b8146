import { z } from "zod/v4";
import { httpUrl } from "#app/api/schemas.ts";
import { parseFlagDefaults } from "#app/flags/definitions.ts";

/**
 * Every setting NEXUS reads from the environment, in one schema.
 * `.env.example` and the README list the same variables; a test keeps the three in step.
 */

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const port = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a whole number between 1 and 65535" })
      .int("must be a whole number between 1 and 65535")
      .min(1, "must be a whole number between 1 and 65535")
      .max(65535, "must be a whole number between 1 and 65535")
      .default(fallback),
  );

const optionalHttpUrl = z.preprocess(emptyToUndefined, httpUrl().optional());

/** A secret must be long enough to resist guessing; 32 characters is the floor. */
const secret = z.string().min(32, "must be at least 32 characters");

/** SESSION_SECRET may list several secrets, comma-separated, newest first, for rotation. */
const secretList = z
  .string()
  .transform((raw) =>
    raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(secret).min(1, "must hold at least one secret"));

/**
 * NEXUS_ENCRYPTION_KEY: one key or several, comma-separated, newest first (new secrets are
 * sealed with the first; older ones still open with the rest). Each is 32 bytes, written as 64 hex
 * digits or as base64 (44 characters with its `=`, or 43 without, base64url too).
 */
export function parseEncryptionKeys(raw: string): Buffer[] | null {
  const keys = raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (/^[0-9a-fA-F]{64}$/.test(part)) return Buffer.from(part, "hex");
      if (/^[A-Za-z0-9+/_-]{43}=?$/.test(part)) {
        const key = Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64");
        return key.length === 32 ? key : null;
      }
      return null;
    });
  if (keys.length === 0 || keys.some((key) => key === null)) return null;
  return keys as Buffer[];
}

const encryptionKeys = z
  .string()
  .refine(
    (raw) => parseEncryptionKeys(raw) !== null,
    "must be 32 bytes as 64 hex digits or base64 (e.g. `openssl rand -base64 32`); several comma-separated, newest first",
  );

const emailAddress = z.email();

/** `alerts@example.com` or `NEXUS <alerts@example.com>`. */
export function isMailbox(value: string): boolean {
  const named = /^\s*(?:"?([^"<>]*)"?\s*)?<([^<>\s]+)>\s*$/.exec(value);
  const address = named ? named[2]! : value.trim();
  return emailAddress.safeParse(address).success;
}

const positiveInt = (fallback: number, label: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `must be ${label}` })
      .int(`must be ${label}`)
      .positive(`must be ${label}`)
      .default(fallback),
  );

export const envSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z
        .enum(["development", "production", "test"], {
          error: "must be development, production or test",
        })
        .default("production"),
    ),
    HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
    PORT: port(3000),
    NEXUS_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./.data")),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({
          protocol: /^postgres(ql)?$/,
          error: "must be a postgres:// or postgresql:// URL",
        })
        .optional(),
    ),
    /** Where the Neon driver reaches a plain Postgres through a WebSocket relay (host:port). */
    NEON_WS_PROXY: optionalString,
    UPSTASH_REDIS_REST_URL: optionalHttpUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    PARTYKIT_HOST: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^(https?:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$/,
          "must be a host[:port] or an http(s):// URL",
        )
        .optional(),
    ),
    PARTYKIT_PORT: port(1999),
    /**
     * Opens the DevTools inspector of the PartyKit NEXUS starts, on loopback: through it every push
     * into the rooms is readable, its secret included. For development only (`npm run dev`).
     */
    PARTYKIT_INSPECTOR: z.preprocess(
      emptyToUndefined,
      z
        .enum(["on", "off"], { error: "must be on or off" })
        .default("off")
        .transform((value) => value === "on"),
    ),
    /**
     * This deployment's name in a shared Redis (key prefix of the cache, rate limits and leases).
     * Unset: derived from the database's identity, so two deployments never share keys.
     */
    NEXUS_INSTANCE_NAME: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/,
          "must be 1 to 63 letters, digits, '-' or '_', starting with a letter or digit",
        )
        .optional(),
    ),
    SESSION_SECRET: z.preprocess(emptyToUndefined, secretList.optional()),
    REALTIME_SECRET: z.preprocess(emptyToUndefined, secret.optional()),
    REALTIME_PUSH_SECRET: z.preprocess(emptyToUndefined, secret.optional()),
    /**
     * Seals the secrets in alert channels (webhook signing secrets, Slack/Discord URLs, ntfy
     * tokens) at rest: AES-256-GCM (docs/decisions/038-alert-secrets-encrypted.md).
     */
    NEXUS_ENCRYPTION_KEY: z.preprocess(emptyToUndefined, encryptionKeys.optional()),
    /** Where alert e-mail is sent: smtp://user:password@host:587 or smtps://...:465. */
    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({
          protocol: /^smtps?$/,
          error:
            "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587",
        })
        .optional(),
    ),
    /** The sender of alert e-mail: `alerts@example.com` or `NEXUS <alerts@example.com>`. */
    SMTP_FROM: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(
          isMailbox,
          "must be an e-mail address, or a name and one: NEXUS <alerts@example.com>",
        )
        .optional(),
    ),
    OLLAMA_HOST: z.preprocess(emptyToUndefined, httpUrl().default("http://127.0.0.1:11434")),
    OPENAI_BASE_URL: optionalHttpUrl,
    OPENAI_API_KEY: optionalString,
    /**
     * Prices per million tokens in USD, by model name (or "provider/model"), as JSON:
     * {"gpt-4o-mini": {"input": 0.15, "output": 0.6}}. Unlisted models cost 0.
     */
    SAGE_PRICES: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((raw, ctx) => {
          try {
            return JSON.parse(raw) as unknown;
          } catch {
            ctx.addIssue({ code: "custom", message: "must be JSON" });
            return z.NEVER;
          }
        })
        .pipe(
          z.record(z.string(), z.object({ input: z.number().min(0), output: z.number().min(0) }), {
            error: 'must map model names to {"input": USD, "output": USD} per million tokens',
          }),
        )
        .optional(),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(["debug", "info", "warn", "error", "silent"], {
          error: "must be debug, info, warn, error or silent",
        })
        .default("info"),
    ),
    LOG_FORMAT: z.preprocess(
      emptyToUndefined,
      z.enum(["json", "pretty"], { error: "must be json or pretty" }).optional(),
    ),
    API_BODY_LIMIT: positiveInt(1_048_576, "a positive number of bytes"),
    /** API calls one person or token may make per minute (429 with Retry-After above). */
    API_RATE_LIMIT: positiveInt(600, "a positive number of requests per minute"),
    SHUTDOWN_TIMEOUT_MS: positiveInt(10_000, "a positive number of milliseconds"),
    /**
     * How much V8 may grow the JavaScript heap past what a full collection left alive, in percent
     * (V8's --heap-growing-percent); 0 leaves V8's own policy, which lets the heap of a busy
     * server grow to several times its live size (docs/decisions/012-memory-and-matching.md).
     */
    HEAP_GROWTH_PERCENT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "must be a whole percentage from 0 to 300" })
        .int("must be a whole percentage from 0 to 300")
        .min(0, "must be a whole percentage from 0 to 300")
        .max(300, "must be a whole percentage from 0 to 300")
        .default(30),
    ),
    /** How often the metrics collector samples (on the instance holding the metrics lease). */
    METRICS_INTERVAL_MS: positiveInt(5_000, "a positive number of milliseconds"),
    /** When set, GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. */
    METRICS_TOKEN: z.preprocess(
      emptyToUndefined,
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    /** Statements at least this slow are logged (statement, redacted parameters, request id). */
    SLOW_QUERY_MS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "must be a whole number of milliseconds (0 or more)" })
        .int("must be a whole number of milliseconds (0 or more)")
        .min(0, "must be a whole number of milliseconds (0 or more)")
        .default(100),
    ),
    /** Deployment defaults for feature flags, e.g. `realtime=off,reviews.autoApprove=on`. */
    NEXUS_FLAGS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((raw, ctx) => {
          const parsed = parseFlagDefaults(raw);
          if (!parsed.ok) {
            ctx.addIssue({ code: "custom", message: parsed.error });
            return z.NEVER;
          }
          return parsed.value;
        })
        .default({}),
    ),
    /** A verified goal step scoring below this (0-1) goes to the review queue. */
    REVIEW_THRESHOLD: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "must be a number from 0 to 1" })
        .min(0, "must be a number from 0 to 1")
        .max(1, "must be a number from 0 to 1")
        .default(0.8),
    ),
    /** OTLP/HTTP collector base URL; tracing is off when unset. */
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalHttpUrl,
  })
  .superRefine((env, ctx) => {
    const hasUrl = env.UPSTASH_REDIS_REST_URL !== undefined;
    const hasToken = env.UPSTASH_REDIS_REST_TOKEN !== undefined;
    if (hasUrl !== hasToken) {
      ctx.addIssue({
        code: "custom",
        path: [hasUrl ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL"],
        message: "must be set together with the other UPSTASH_REDIS_REST_* variable",
      });
    }
    const hasSmtpUrl = env.SMTP_URL !== undefined;
    if (hasSmtpUrl !== (env.SMTP_FROM !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [hasSmtpUrl ? "SMTP_FROM" : "SMTP_URL"],
        message: "must be set together with the other SMTP_* variable",
      });
    }
    if (env.DATABASE_URL) {
      // A shared deployment cannot invent secrets per instance: every instance must agree.
      for (const name of [
        "SESSION_SECRET",
        "REALTIME_SECRET",
        "REALTIME_PUSH_SECRET",
        "NEXUS_ENCRYPTION_KEY",
      ] as const) {
        if (env[name] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "is required when DATABASE_URL is set (a shared deployment)",
          });
        }
      }
    }
  });

export type RawEnv = z.output<typeof envSchema>;

/** The names in the schema, for documentation checks. */
export const envVariableNames = Object.keys(envSchema.shape) as (keyof RawEnv)[];

export interface EnvProblem {
  variable: string;
  message: string;
}

export type EnvParseResult = { ok: true; env: RawEnv } | { ok: false; problems: EnvProblem[] };

export function parseEnv(source: Record<string, string | undefined>): EnvParseResult {
  const result = envSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => ({
    variable: String(issue.path[0] ?? "environment"),
    message: issue.message,
  }));
  return { ok: false, problems };
}

export function formatEnvProblems(problems: EnvProblem[]): string {
  const lines = problems.map((p) => `  - ${p.variable} ${p.message}`);
  return `NEXUS cannot start: the configuration is invalid.\n${lines.join("\n")}\nSee .env.example for every variable and its meaning.`;
}

export class ConfigError extends Error {
  constructor(readonly problems: EnvProblem[]) {
    super(formatEnvProblems(problems));
    this.name = "ConfigError";
  }
}
