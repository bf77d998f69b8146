import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { assertAiAllowed, getEmergencyState } from "#app/emergency/emergency.server.ts";
import type { FlagStore } from "#app/flags/flags.server.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import {
  EmergencyActiveError,
  GenerationFailedError,
  NoModelAvailableError,
} from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { aiProviders } from "#db/schema/index.ts";
import { recordCall } from "./calls.server.ts";
import { providerFor } from "./models.server.ts";
import { type ChatMessage, ProviderError } from "./providers/types.ts";
import { type Selection, selectModel, taskKinds } from "./selection.server.ts";

/**
 * Generation: choose a model, stream its answer, record the call. Every running generation can be
 * aborted by its client going away and by an emergency stop (one listener per event bus).
 */

const messageSchema = z.strictObject({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string().max(200_000),
});

/** What a generation is asked for, however its answer is sent. */
const generationFields = {
  prompt: z.string().min(1, "prompt must not be empty").max(200_000).optional(),
  messages: z.array(messageSchema).min(1).max(500).optional(),
  task: z.enum(taskKinds, { error: `task must be one of ${taskKinds.join(", ")}` }),
  model: z.string().min(1).max(200).optional().describe("Use this model instead of choosing."),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: z.number().int().min(1).max(131_072).optional(),
};

function checkGeneration(
  body: { prompt?: string; messages?: unknown[]; task: string },
  ctx: z.RefinementCtx,
) {
  if ((body.prompt === undefined) === (body.messages === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["prompt"],
      message: "give either prompt or messages (exactly one)",
    });
  }
  if (body.task === "embedding") {
    ctx.addIssue({
      code: "custom",
      path: ["task"],
      message: "embedding is not a generation task",
    });
  }
}

/** POST /sage/generate/stream: the answer is always Server-Sent Events, so there is no `stream`. */
export const generateStreamRequestSchema = named(
  "AiGenerateStreamRequest",
  z.strictObject(generationFields).superRefine(checkGeneration),
);
export type GenerationRequest = z.output<typeof generateStreamRequestSchema>;

/** POST /sage/generate: one JSON answer; `stream` keeps the old streamed answer for a version. */
export const generateRequestSchema = named(
  "AiGenerateRequest",
  z
    .strictObject({
      ...generationFields,
      stream: z
        .boolean()
        .default(true)
        .describe(
          'Deprecated. `false`: the one JSON answer documented here. `true`, or leaving it out (the old default): the Server-Sent Events of POST /sage/generate/stream, its successor, with `Deprecation` and `Link: </api/v1/sage/generate/stream>; rel="successor-version"` headers; kept for this API version only. Streaming clients call POST /sage/generate/stream.',
        ),
    })
    .superRefine(checkGeneration),
);

export const usageSchema = named(
  "AiUsage",
  z.object({
    promptTokens: z.number().int(),
    completionTokens: z.number().int(),
    latencyMs: z.number(),
    model: z.string(),
    provider: z.enum(aiProviders),
    cost: z.number().describe("USD, from SAGE_PRICES; 0 for unlisted (local) models."),
  }),
);
export type Usage = z.infer<typeof usageSchema>;

export const generationSchema = named(
  "AiGeneration",
  z.object({
    text: z.string(),
    reason: z.string().describe("Why this model was chosen."),
    usage: usageSchema,
  }),
);

export type GenerationEvent =
  | { event: "start"; data: { model: string; provider: string; reason: string } }
  | { event: "delta"; data: { text: string } }
  | { event: "done"; data: Usage }
  | { event: "error"; data: { code: string; message: string } };

// ---------------------------------------------------------------------------------------------
// Emergency stop: one listener per event bus aborts every running generation.

/** How often a running generation re-reads the emergency state (stops made on other instances). */
const EMERGENCY_POLL_MS = 2_000;

const running = singleton("generations", () => new WeakMap<object, Set<AbortController>>());

function runningSet(services: { events: DomainEvents }): Set<AbortController> {
  let set = running.get(services.events);
  if (!set) {
    const created = new Set<AbortController>();
    set = created;
    running.set(services.events, created);
    services.events.on("emergency", ({ state }) => {
      if ((state as { mode?: string } | null)?.mode !== "stopped") return;
      for (const controller of created) controller.abort(new EmergencyStop());
    });
  }
  return set;
}

class EmergencyStop extends Error {
  constructor() {
    super("AI work was stopped by the emergency switch.");
  }
}

class ClientGone extends Error {
  constructor() {
    super("The client went away.");
  }
}

// ---------------------------------------------------------------------------------------------

export interface GenerationInput {
  body: GenerationRequest;
  userId: string | null;
  requestId: string | null;
  /** The request's signal: a client disconnect aborts the upstream call. */
  signal?: AbortSignal;
  /** Ask the provider for JSON output where it supports it. */
  json?: boolean;
}

export interface Generation {
  selection: Selection;
  events: AsyncGenerator<GenerationEvent>;
  /** Aborts the upstream call (as the client going away). */
  cancel(): void;
}

/** What a generation reads and writes: settings, models and calls, the model cache, the stop. */
export interface GenerationDeps {
  config: Config;
  database: DatabaseHandle;
  cache: Cache;
  log: Logger;
  events: DomainEvents;
}

/**
 * What AI work that runs on (goal runs, agents' replies) needs besides: the live room, the flags
 * that switch it and who runs it.
 */
export interface AiWorkDeps extends GenerationDeps {
  realtime: Realtime;
  flags: FlagStore;
  /** The instance running the work (its rows name it: app/sage/work-watch.server.ts). */
  instanceId: string;
}

/**
 * Checks the emergency switch, chooses the model and returns the events of its answer. Whatever
 * happens, the call is recorded exactly once when the events end.
 */
export async function startGeneration(
  services: GenerationDeps,
  input: GenerationInput,
): Promise<Generation> {
  const { body } = input;
  // Both stand before the first token, so they run side by side; a refusal (paused, stopped)
  // is still the answer whenever there is one, whatever the selection found.
  const [allowed, selected] = await Promise.allSettled([
    assertAiAllowed(services),
    selectModel(services, body.task, body.model),
  ]);
  if (allowed.status === "rejected") throw allowed.reason;
  if (selected.status === "rejected") throw selected.reason;
  const selection = selected.value;
  const provider = providerFor(services, selection.provider);
  if (!provider) {
    throw new NoModelAvailableError(
      `${selection.model} is served by ${selection.provider}, which is no longer configured.`,
    );
  }
  const messages: ChatMessage[] = body.messages ?? [{ role: "user", content: body.prompt ?? "" }];
  const controller = new AbortController();
  const onClientGone = () => controller.abort(new ClientGone());
  if (input.signal?.aborted) onClientGone();
  input.signal?.addEventListener("abort", onClientGone, { once: true });
  const set = runningSet(services);
  set.add(controller);
  let recorded = false;

  async function* events(): AsyncGenerator<GenerationEvent> {
    const started = performance.now();
    // The "emergency" event reaches this instance only; a stop made on another instance is seen
    // here by reading the shared state every few seconds.
    const watch = setInterval(() => {
      getEmergencyState(services)
        .then((state) => {
          if (state.mode === "stopped") controller.abort(new EmergencyStop());
        })
        .catch(() => {});
    }, EMERGENCY_POLL_MS);
    watch.unref();
    let promptTokens = 0;
    let completionTokens = 0;
    let streamedChars = 0;
    let status: "ok" | "error" | "aborted" = "ok";
    /**
     * Providers report token counts only at the end of a stream, so a stopped one would count 0
     * tokens for work that was done. Then the counts are estimated (about 4 characters a token)
     * from what was sent and received, and the record says so.
     */
    const estimateIfCut = () => {
      if (promptTokens > 0 || completionTokens > 0) return "";
      const promptChars = messages.reduce((n, m) => n + m.content.length, 0);
      promptTokens = Math.ceil(promptChars / 4);
      completionTokens = Math.ceil(streamedChars / 4);
      return " (token counts estimated: the provider reports them only at the end)";
    };
    let failure: { code: string; message: string } | null = null;
    let usage: Usage | null = null;
    try {
      yield {
        event: "start",
        data: { model: selection.model, provider: selection.provider, reason: selection.reason },
      };
      try {
        for await (const chunk of provider!.chat({
          model: selection.model,
          messages,
          temperature: body.temperature,
          maxTokens: body.maxTokens,
          json: input.json,
          signal: controller.signal,
        })) {
          if (chunk.type === "delta") {
            streamedChars += chunk.text.length;
            yield { event: "delta", data: { text: chunk.text } };
          } else {
            promptTokens = chunk.promptTokens;
            completionTokens = chunk.completionTokens;
          }
        }
        if (controller.signal.aborted) throw new ProviderError("ABORTED", "aborted");
      } catch (error) {
        const reason = controller.signal.reason;
        if (controller.signal.aborted) {
          status = "aborted";
          failure =
            reason instanceof EmergencyStop
              ? { code: "EMERGENCY_ACTIVE", message: reason.message }
              : { code: "ABORTED", message: "The client went away; the generation was aborted." };
        } else {
          status = "error";
          const pe =
            error instanceof ProviderError
              ? error
              : new ProviderError("PROVIDER_ERROR", (error as Error)?.message ?? String(error));
          failure = { code: pe.code, message: pe.message };
        }
      }
      const latencyMs = Math.round(performance.now() - started);
      const estimated = status === "aborted" ? estimateIfCut() : "";
      const { cost } = await recordCall(services, {
        model: selection.model,
        provider: selection.provider,
        task: body.task,
        promptTokens,
        completionTokens,
        latencyMs,
        status,
        error: failure ? `${failure.code}: ${failure.message}${estimated}` : null,
        userId: input.userId,
        requestId: input.requestId,
      });
      recorded = true;
      usage = {
        promptTokens,
        completionTokens,
        latencyMs,
        model: selection.model,
        provider: selection.provider,
        cost,
      };
      if (failure) yield { event: "error", data: failure };
      else yield { event: "done", data: usage };
    } finally {
      input.signal?.removeEventListener("abort", onClientGone);
      clearInterval(watch);
      set.delete(controller);
      if (!recorded) {
        // The consumer stopped reading before the end (the stream was cancelled).
        const estimated = estimateIfCut();
        await recordCall(services, {
          model: selection.model,
          provider: selection.provider,
          task: body.task,
          promptTokens,
          completionTokens,
          latencyMs: Math.round(performance.now() - started),
          status: "aborted",
          error: `ABORTED: the client went away; the generation was aborted.${estimated}`,
          userId: input.userId,
          requestId: input.requestId,
        }).catch((error) => services.log.warn({ err: error }, "sage: could not record a call"));
      }
    }
  }

  return {
    selection,
    events: events(),
    cancel: onClientGone,
  };
}

/** Runs a generation to its end for one JSON answer. */
export async function collectGeneration(generation: Generation) {
  let text = "";
  for await (const e of generation.events) {
    if (e.event === "delta") text += e.data.text;
    if (e.event === "error") {
      if (e.data.code === "EMERGENCY_ACTIVE") throw new EmergencyActiveError(e.data.message);
      throw new GenerationFailedError(e.data.code as GenerationFailedError["code"], e.data.message);
    }
    if (e.event === "done") {
      return { text, reason: generation.selection.reason, usage: e.data };
    }
  }
  throw new GenerationFailedError("INTERNAL_ERROR", "The generation ended without an answer.");
}

const encoder = new TextEncoder();

export function sseFrame(e: GenerationEvent): Uint8Array {
  return encoder.encode(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
}

/**
 * The generation as a Server-Sent Events response. `no-transform` keeps the compression
 * middleware (and proxies) from buffering it; every event is written as soon as it exists.
 */
export function sseResponse(generation: Generation): Response {
  const iterator = generation.events;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(sseFrame(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      generation.cancel();
      await iterator.return(undefined);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
