/** SAGE: the AI models the configured providers offer, and every call made to them. */
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt, timestamps } from "./columns.ts";

export const aiProviders = ["ollama", "openai"] as const;
export const aiProviderEnum = pgEnum("ai_provider", aiProviders);
export const aiCallStatuses = ["ok", "error", "aborted"] as const;
export const aiCallStatusEnum = pgEnum("ai_call_status", aiCallStatuses);

/**
 * One row per model a provider has offered. Capabilities are inferred from the name and family
 * unless an admin edited them (`capabilities_overridden`). The rolling figures come from real
 * calls: totals, and the latencies of the last 50 successful calls (p50/p95 are computed from them).
 */
export const aiModels = pgTable(
  "ai_models",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    provider: aiProviderEnum("provider").notNull(),
    name: text("name").notNull(),
    family: text("family"),
    /** As the provider states it ("7.6B"), when it does. */
    parameterSize: text("parameter_size"),
    sizeBytes: bigint("size_bytes", { mode: "number" }),
    capabilities: jsonb("capabilities").$type<string[]>().notNull().default([]),
    capabilitiesOverridden: boolean("capabilities_overridden").notNull().default(false),
    available: boolean("available").notNull().default(false),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    calls: integer("calls").notNull().default(0),
    successes: integer("successes").notNull().default(0),
    recentLatenciesMs: jsonb("recent_latencies_ms").$type<number[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex("ai_models_provider_name_key").on(t.provider, t.name)],
);

export const aiCalls = pgTable(
  "ai_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    model: text("model").notNull(),
    provider: aiProviderEnum("provider").notNull(),
    task: text("task").notNull(),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    latencyMs: integer("latency_ms").notNull(),
    status: aiCallStatusEnum("status").notNull(),
    error: text("error"),
    cost: numeric("cost", { precision: 14, scale: 6, mode: "number" }).notNull().default(0),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("ai_calls_created_idx").on(t.createdAt),
    index("ai_calls_model_created_idx").on(t.provider, t.model, t.createdAt),
  ],
);
