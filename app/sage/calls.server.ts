import type { Config } from "#app/config/config.server.ts";
import {
  aiCalls as aiCallsTotal,
  aiCost,
  aiTokens,
} from "#app/observability/instruments.server.ts";
import { recordSpan } from "#app/observability/tracing.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { aiCalls } from "#db/schema/index.ts";
import { recordModelOutcome } from "./models.server.ts";
import type { ProviderKind } from "./providers/types.ts";

/**
 * Every AI call is recorded here: tokens as the provider reported them, latency, outcome, cost
 * from the price table (SAGE_PRICES, USD per million tokens; unlisted models, such as local ones,
 * cost 0), who asked and in which request.
 */
export type Prices = Record<string, { input: number; output: number }>;

export function priceOf(
  prices: Prices | undefined,
  provider: ProviderKind,
  model: string,
): { input: number; output: number } {
  return prices?.[`${provider}/${model}`] ?? prices?.[model] ?? { input: 0, output: 0 };
}

export function costOf(
  prices: Prices | undefined,
  provider: ProviderKind,
  model: string,
  promptTokens: number,
  completionTokens: number,
): number {
  const price = priceOf(prices, provider, model);
  const cost = (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
  return Math.round(cost * 1e6) / 1e6;
}

export interface CallRecord {
  model: string;
  provider: ProviderKind;
  task: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  status: "ok" | "error" | "aborted";
  error: string | null;
  userId: string | null;
  requestId: string | null;
}

export async function recordCall(
  services: { config: Config; database: DatabaseHandle },
  call: CallRecord,
): Promise<{ cost: number }> {
  const cost = costOf(
    services.config.env.SAGE_PRICES,
    call.provider,
    call.model,
    call.promptTokens,
    call.completionTokens,
  );
  const ended = Date.now();
  await services.database.db
    .insert(aiCalls)
    .values({ ...call, latencyMs: Math.round(call.latencyMs), cost });
  // Prometheus counters and the call's span, made here where every call is recorded (the span
  // covers the call itself: it ends where the provider's answer ended).
  const labels = { provider: call.provider, model: call.model };
  aiCallsTotal.inc({ ...labels, status: call.status });
  aiTokens.inc({ ...labels, kind: "prompt" }, call.promptTokens);
  aiTokens.inc({ ...labels, kind: "completion" }, call.completionTokens);
  aiCost.inc(labels, cost);
  recordSpan(
    "ai.call",
    {
      "gen_ai.provider.name": call.provider,
      "gen_ai.request.model": call.model,
      "gen_ai.usage.input_tokens": call.promptTokens,
      "gen_ai.usage.output_tokens": call.completionTokens,
      "nexus.ai.task": call.task,
      "nexus.ai.status": call.status,
    },
    ended - call.latencyMs,
    ended,
    call.status === "error",
  );
  if (call.status !== "aborted") {
    await recordModelOutcome(services, call.provider, call.model, {
      ok: call.status === "ok",
      latencyMs: Math.round(call.latencyMs),
    });
  }
  return { cost };
}
