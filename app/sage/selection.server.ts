import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { ModelUnavailableError, NoModelAvailableError } from "#app/utils/domain-errors.ts";
import type { Logger } from "#app/utils/log.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { aiProviders } from "#db/schema/index.ts";
import {
  type Capability,
  discoverModels,
  listModelRows,
  type ModelRow,
  type ProviderStatus,
  parameterBillions,
  percentile,
} from "./models.server.ts";
import { type TaskKind, taskKinds } from "./tasks.ts";

/**
 * Which model does a task. Among available models: capability match first (a model made for the
 * task before a general chat model that can stand in), then measured performance (success rate,
 * then p50 latency, counted only after MIN_MEASURED_CALLS real calls), then size (larger for
 * reasoning, verification and creative work; smaller, so faster, for the rest). Every choice
 * comes with a reason a person can read.
 */

export { type TaskKind, taskKinds } from "./tasks.ts";

export const MIN_MEASURED_CALLS = 5;
/** A measured model below this success rate goes after every unmeasured one. */
const RELIABLE_SUCCESS_RATE = 0.8;

const needs: Record<TaskKind, { preferred: Capability; fallback: Capability | null }> = {
  "text-generation": { preferred: "chat", fallback: null },
  creative: { preferred: "chat", fallback: null },
  summarization: { preferred: "chat", fallback: null },
  reasoning: { preferred: "reasoning", fallback: "chat" },
  verification: { preferred: "reasoning", fallback: "chat" },
  code: { preferred: "code", fallback: null },
  embedding: { preferred: "embedding", fallback: null },
  vision: { preferred: "vision", fallback: null },
};

const prefersLarger: Record<TaskKind, boolean> = {
  "text-generation": false,
  creative: true,
  summarization: false,
  reasoning: true,
  verification: true,
  code: false,
  embedding: false,
  vision: false,
};

/** What to pull when nothing can do a task. */
const suggestedPull: Record<Capability, string> = {
  chat: "llama3.2",
  reasoning: "qwen2.5:7b",
  code: "qwen2.5-coder",
  embedding: "nomic-embed-text",
  vision: "llava",
};

export const selectionCandidateSchema = named(
  "AiSelectionCandidate",
  z.object({
    model: z.string(),
    provider: z.enum(aiProviders),
    reason: z.string(),
  }),
);

export const selectionSchema = named(
  "AiSelection",
  z.object({
    task: z.enum(taskKinds),
    model: z.string(),
    provider: z.enum(aiProviders),
    reason: z.string(),
    candidates: z
      .array(selectionCandidateSchema)
      .describe("Every model that could do it, best first."),
  }),
);
export type Selection = z.infer<typeof selectionSchema>;

interface Ranked {
  row: ModelRow;
  tier: number;
  measured: "good" | "none" | "poor";
  successRate: number;
  p50: number | null;
  size: number | null;
}

function rank(row: ModelRow, task: TaskKind): Ranked | null {
  const need = needs[task];
  const tier = row.capabilities.includes(need.preferred)
    ? 0
    : need.fallback && row.capabilities.includes(need.fallback)
      ? 1
      : -1;
  if (tier < 0) return null;
  const successRate = row.calls > 0 ? row.successes / row.calls : 0;
  const measured =
    row.calls < MIN_MEASURED_CALLS
      ? "none"
      : successRate >= RELIABLE_SUCCESS_RATE
        ? "good"
        : "poor";
  return {
    row,
    tier,
    measured,
    successRate,
    p50: percentile(row.recentLatenciesMs, 50),
    size: parameterBillions(row.parameterSize, row.name),
  };
}

const measuredOrder = { good: 0, none: 1, poor: 2 } as const;

function compare(task: TaskKind) {
  return (a: Ranked, b: Ranked): number => {
    if (a.tier !== b.tier) return a.tier - b.tier;
    if (a.measured !== b.measured) return measuredOrder[a.measured] - measuredOrder[b.measured];
    if (a.measured !== "none") {
      // Success in 5% steps, so noise does not outweigh a large latency difference.
      const sa = Math.round(a.successRate * 20);
      const sb = Math.round(b.successRate * 20);
      if (sa !== sb) return sb - sa;
      if (a.p50 !== null && b.p50 !== null && a.p50 !== b.p50) return a.p50 - b.p50;
    }
    if (a.size !== b.size) {
      if (a.size === null) return 1;
      if (b.size === null) return -1;
      return prefersLarger[task] ? b.size - a.size : a.size - b.size;
    }
    return a.row.name.localeCompare(b.row.name);
  };
}

const capabilityWords: Record<Capability, string> = {
  chat: "chat-capable",
  code: "code-capable",
  embedding: "an embedding model",
  vision: "vision-capable",
  reasoning: "reasoning-capable",
};

export function reasonFor(r: Ranked, task: TaskKind): string {
  const need = needs[task];
  const parts: string[] = [];
  parts.push(
    r.tier === 0
      ? capabilityWords[need.preferred]
      : `${capabilityWords[need.fallback!]} (no ${need.preferred} model available)`,
  );
  if (r.measured === "none") {
    parts.push(
      r.row.calls === 0
        ? "not measured yet"
        : `not measured yet (${r.row.calls} of ${MIN_MEASURED_CALLS} calls)`,
    );
  } else {
    const p50 = r.p50 === null ? "no successful call timed" : `p50 ${Math.round(r.p50)} ms`;
    parts.push(`${p50} over ${r.row.calls} calls, ${Math.round(r.successRate * 100)}% success`);
  }
  if (r.size !== null) {
    const size = r.row.parameterSize ?? `${r.size}B`;
    parts.push(
      `${size} parameters${prefersLarger[task] ? " (larger preferred for this task)" : ""}`,
    );
  }
  return `${r.row.name}: ${parts.join(", ")}`;
}

/** Ranks the given models for a task; pure, for the policy's tests. */
export function rankModels(rows: ModelRow[], task: TaskKind) {
  return rows
    .filter((row) => row.available)
    .map((row) => rank(row, task))
    .filter((r): r is Ranked => r !== null)
    .sort(compare(task))
    .map((r) => ({ row: r.row, reason: reasonFor(r, task) }));
}

export function noModelError(
  task: TaskKind,
  deps: { config: Config },
  statuses: ProviderStatus[],
): NoModelAvailableError {
  const capability = needs[task].preferred;
  const env = deps.config.env;
  const ollama = statuses.find((s) => s.provider === "ollama");
  const start =
    ollama && !ollama.reachable
      ? `start Ollama at ${env.OLLAMA_HOST} and \`ollama pull ${suggestedPull[capability]}\``
      : `\`ollama pull ${suggestedPull[capability]}\` on the Ollama at ${env.OLLAMA_HOST}`;
  const openai = env.OPENAI_BASE_URL
    ? `or serve a ${capability} model at ${env.OPENAI_BASE_URL}`
    : "or set OPENAI_BASE_URL to an OpenAI-compatible server";
  return new NoModelAvailableError(`No model can do ${task}: ${start}, ${openai}.`, {
    task,
    capability,
    providers: statuses.map((s) => ({
      provider: s.provider,
      baseUrl: s.baseUrl,
      reachable: s.reachable,
      models: s.models,
      error: s.error?.message ?? null,
    })),
  });
}

/**
 * Chooses a model for `task` among the available ones (discovering first, through the cache).
 * `override` names a model to use instead: it must be available and able to do the task.
 */
export async function selectModel(
  deps: { config: Config; database: DatabaseHandle; cache: Cache; log: Logger },
  task: TaskKind,
  override?: string,
): Promise<Selection & { row: ModelRow }> {
  // In that order: the rows are read once discovery (usually this process's recent answer, no
  // round trip) has brought them in line, also when it waited on another request's check.
  const statuses = await discoverModels(deps);
  const ranked = rankModels(await listModelRows(deps), task);
  const candidates = ranked.map((r) => ({
    model: r.row.name,
    provider: r.row.provider,
    reason: r.reason,
  }));
  if (override) {
    const chosen = ranked.find((r) => r.row.name === override);
    if (!chosen) {
      throw new ModelUnavailableError(
        `"${override}" is not an available model that can do ${task}.`,
        { task, candidates: candidates.map((c) => c.model) },
      );
    }
    return {
      task,
      model: chosen.row.name,
      provider: chosen.row.provider,
      reason: `${chosen.reason} (chosen by the caller)`,
      candidates,
      row: chosen.row,
    };
  }
  const best = ranked[0];
  if (!best) throw noModelError(task, deps, statuses);
  return {
    task,
    model: best.row.name,
    provider: best.row.provider,
    reason: best.reason,
    candidates,
    row: best.row,
  };
}
