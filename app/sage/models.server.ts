import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import { cachedModelAvailability, refreshModelAvailability } from "#app/sage/model-cache.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { aiModels, aiProviders } from "#db/schema/index.ts";
import { ollamaProvider } from "./providers/ollama.server.ts";
import { openaiProvider } from "./providers/openai.server.ts";
import {
  type DiscoveredModel,
  type Provider,
  ProviderError,
  type ProviderKind,
} from "./providers/types.ts";

/**
 * The model registry: what every configured provider offers, stored in `ai_models` with inferred
 * (or admin-edited) capabilities and rolling figures from real calls. Ollama at OLLAMA_HOST is
 * always asked; an OpenAI-compatible server when OPENAI_BASE_URL is set. A provider's answer is
 * trusted for AI_MODELS_TTL_MS (the shared cache); a scheduled job and `refresh` ask again.
 */

export const capabilities = ["chat", "code", "embedding", "vision", "reasoning"] as const;
export type Capability = (typeof capabilities)[number];
export type ModelRow = typeof aiModels.$inferSelect;

/** How many recent latencies a model keeps (p50/p95 come from them). */
export const LATENCY_WINDOW = 50;
export const MODEL_REFRESH_INTERVAL_MS = 60_000;

type Deps = { config: Config; database: DatabaseHandle; cache: Cache; log: Logger };

export function configuredProviders(deps: { config: Config }): Provider[] {
  const env = deps.config.env;
  const providers: Provider[] = [ollamaProvider(env.OLLAMA_HOST)];
  if (env.OPENAI_BASE_URL) providers.push(openaiProvider(env.OPENAI_BASE_URL, env.OPENAI_API_KEY));
  return providers;
}

export function providerFor(deps: { config: Config }, kind: ProviderKind): Provider | null {
  return configuredProviders(deps).find((p) => p.kind === kind) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Capabilities and size, from what the provider tells

/** Billions of parameters, from "7.6B"/"137M" or a name like "qwen2.5-coder:7b"; null if unknown. */
export function parameterBillions(parameterSize: string | null, name: string): number | null {
  const parse = (text: string) => {
    const m = /(\d+(?:\.\d+)?)\s*([bm])\b/i.exec(text);
    if (!m) return null;
    const n = Number(m[1]);
    return m[2]!.toLowerCase() === "m" ? n / 1000 : n;
  };
  return (parameterSize ? parse(parameterSize) : null) ?? parse(name);
}

export function inferCapabilities(
  model: Pick<DiscoveredModel, "name" | "family" | "parameterSize">,
): Capability[] {
  const text = `${model.name} ${model.family ?? ""}`.toLowerCase();
  if (/embed|nomic-bert|\bbge\b|bge-|minilm|\be5-|gte-|\bbert\b/.test(text)) return ["embedding"];
  const caps = new Set<Capability>(["chat"]);
  if (/coder|code|starcoder|codestral|devstral/.test(text)) caps.add("code");
  if (/llava|vision|-vl\b|-vl:|\bvl\b|moondream|minicpm-v|gpt-4o|gemma3/.test(text))
    caps.add("vision");
  const size = parameterBillions(model.parameterSize, model.name);
  if (
    (size !== null && size >= 7) ||
    /\br1\b|-r1|reason|qwq|\bo[134]\b|o[134]-|gpt-4|gpt-5/.test(text)
  ) {
    caps.add("reasoning");
  }
  return [...caps];
}

// ---------------------------------------------------------------------------------------------
// Figures

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const aiModelSchema = named(
  "AiModel",
  z.object({
    id: z.uuid(),
    provider: z.enum(aiProviders),
    name: z.string(),
    family: z.string().nullable(),
    parameterSize: z.string().nullable(),
    sizeBytes: z.number().nullable(),
    capabilities: z.array(z.enum(capabilities)),
    capabilitiesOverridden: z.boolean().describe("True once an admin edited the capabilities."),
    available: z.boolean(),
    lastCheckedAt: z.iso.datetime().nullable(),
    calls: z.number().int().describe("Completed calls (ok or error; aborted calls not counted)."),
    successes: z.number().int(),
    successRate: z.number().nullable().describe("successes / calls, 0-1; null before any call."),
    p50LatencyMs: z.number().nullable().describe("Over the last 50 successful calls."),
    p95LatencyMs: z.number().nullable(),
  }),
);
export type AiModel = z.infer<typeof aiModelSchema>;

export function toPublicModel(row: ModelRow): AiModel {
  return {
    id: row.id,
    provider: row.provider,
    name: row.name,
    family: row.family,
    parameterSize: row.parameterSize,
    sizeBytes: row.sizeBytes,
    capabilities: row.capabilities.filter((c): c is Capability =>
      (capabilities as readonly string[]).includes(c),
    ),
    capabilitiesOverridden: row.capabilitiesOverridden,
    available: row.available,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    calls: row.calls,
    successes: row.successes,
    successRate: row.calls > 0 ? row.successes / row.calls : null,
    p50LatencyMs: percentile(row.recentLatenciesMs, 50),
    p95LatencyMs: percentile(row.recentLatenciesMs, 95),
  };
}

// ---------------------------------------------------------------------------------------------
// Discovery

export const providerStatusSchema = named(
  "AiProviderStatus",
  z.object({
    provider: z.enum(aiProviders),
    baseUrl: z.string(),
    reachable: z.boolean(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    models: z.number().int().describe("Models it offered at the last check."),
    checkedAt: z.iso.datetime(),
  }),
);
export type ProviderStatus = z.infer<typeof providerStatusSchema>;

async function syncProvider(
  deps: Deps,
  kind: ProviderKind,
  found: DiscoveredModel[] | null,
): Promise<void> {
  const db = deps.database.db;
  const now = new Date();
  for (const model of found ?? []) {
    await db
      .insert(aiModels)
      .values({
        provider: kind,
        name: model.name,
        family: model.family,
        parameterSize: model.parameterSize,
        sizeBytes: model.sizeBytes,
        capabilities: inferCapabilities(model),
        available: true,
        lastCheckedAt: now,
      })
      .onConflictDoUpdate({
        target: [aiModels.provider, aiModels.name],
        set: {
          family: model.family,
          parameterSize: model.parameterSize,
          sizeBytes: model.sizeBytes,
          available: true,
          lastCheckedAt: now,
          capabilities: sql`case when ${aiModels.capabilitiesOverridden} then ${aiModels.capabilities} else excluded.capabilities end`,
        },
      });
  }
  const names = (found ?? []).map((m) => m.name);
  await db
    .update(aiModels)
    .set({ available: false, lastCheckedAt: now })
    .where(
      and(
        eq(aiModels.provider, kind),
        names.length > 0 ? notInArray(aiModels.name, names) : undefined,
      ),
    );
}

async function checkProvider(deps: Deps, provider: Provider): Promise<ProviderStatus> {
  let found: DiscoveredModel[] | null = null;
  let error: ProviderStatus["error"] = null;
  try {
    found = await provider.listModels();
  } catch (e) {
    const pe =
      e instanceof ProviderError ? e : new ProviderError("PROVIDER_ERROR", (e as Error).message);
    error = { code: pe.code, message: pe.message };
    deps.log.debug({ provider: provider.kind, err: e }, "sage: provider did not list its models");
  }
  await syncProvider(deps, provider.kind, found);
  return {
    provider: provider.kind,
    baseUrl: provider.baseUrl,
    reachable: found !== null,
    error,
    models: found?.length ?? 0,
    checkedAt: new Date().toISOString(),
  };
}

/**
 * Asks every configured provider for its models (or takes the cached answer, at most
 * AI_MODELS_TTL_MS old) and brings `ai_models` in line: found models available, missing ones
 * (and all models of an unreachable or unconfigured provider) unavailable. `force` asks again now.
 */
export async function discoverModels(
  deps: Deps,
  options: { force?: boolean } = {},
): Promise<ProviderStatus[]> {
  if (options.force) await refreshModelAvailability(deps.cache);
  const providers = configuredProviders(deps);
  const statuses = await Promise.all(
    providers.map((provider) =>
      cachedModelAvailability(deps.cache, `${provider.kind}:${provider.baseUrl}`, () =>
        checkProvider(deps, provider),
      ),
    ),
  );
  // Like the providers' answers, done once per AI_MODELS_TTL_MS rather than on every call: it
  // was a write before each generation's first token.
  const unconfigured = aiProviders.filter((kind) => !providers.some((p) => p.kind === kind));
  await Promise.all(
    unconfigured.map((kind) =>
      cachedModelAvailability(deps.cache, `unconfigured:${kind}`, async () => {
        await deps.database.db
          .update(aiModels)
          .set({ available: false })
          .where(and(eq(aiModels.provider, kind), eq(aiModels.available, true)));
        return true;
      }),
    ),
  );
  return statuses;
}

export async function listModelRows(deps: { database: DatabaseHandle }): Promise<ModelRow[]> {
  return deps.database.db
    .select()
    .from(aiModels)
    .orderBy(asc(aiModels.provider), asc(aiModels.name));
}

export async function setModelCapabilities(
  deps: { database: DatabaseHandle },
  id: string,
  caps: Capability[] | null,
): Promise<ModelRow | null> {
  const [current] = await deps.database.db.select().from(aiModels).where(eq(aiModels.id, id));
  if (!current) return null;
  const next = caps ?? inferCapabilities(current);
  const [row] = await deps.database.db
    .update(aiModels)
    .set({ capabilities: [...new Set(next)], capabilitiesOverridden: caps !== null })
    .where(eq(aiModels.id, id))
    .returning();
  return row ?? null;
}

/** Adds one finished call to the model's rolling figures (aborted calls say nothing about it). */
export async function recordModelOutcome(
  deps: { database: DatabaseHandle },
  kind: ProviderKind,
  name: string,
  outcome: { ok: boolean; latencyMs: number },
): Promise<void> {
  const latencies = outcome.ok
    ? sql`(select coalesce(jsonb_agg(v order by ord), '[]'::jsonb) from (
        select v, ord from jsonb_array_elements(${aiModels.recentLatenciesMs} || ${JSON.stringify([outcome.latencyMs])}::jsonb)
          with ordinality as t(v, ord)
        order by ord desc limit ${LATENCY_WINDOW}) as last)`
    : sql`${aiModels.recentLatenciesMs}`;
  await deps.database.db
    .update(aiModels)
    .set({
      calls: sql`${aiModels.calls} + 1`,
      successes: sql`${aiModels.successes} + ${outcome.ok ? 1 : 0}`,
      recentLatenciesMs: latencies,
    })
    .where(and(eq(aiModels.provider, kind), eq(aiModels.name, name)));
}

// ---------------------------------------------------------------------------------------------
// The schedule

/**
 * Re-checks every provider each minute on one instance (the holder of the "sage-models" lease).
 * Returns a function that stops it and waits for the check in flight.
 */
export function startModelRefresher(
  services: Deps,
  options: { instanceId: string; intervalMs?: number },
) {
  const intervalMs = options.intervalMs ?? MODEL_REFRESH_INTERVAL_MS;
  const leaseMs = intervalMs * 3;
  const stop = everyInterval({
    everyMs: intervalMs,
    firstAfterMs: 1_000,
    tick: async () => {
      if (!(await acquireLease(services.database.db, "sage-models", options.instanceId, leaseMs))) {
        return;
      }
      await discoverModels(services, { force: true });
    },
    onError: (error) => warnUnlessOutage(services.log, error, "sage: model refresh failed"),
  });
  return async () => {
    await stop();
    await releaseLease(services.database.db, "sage-models", options.instanceId).catch(() => {});
  };
}
