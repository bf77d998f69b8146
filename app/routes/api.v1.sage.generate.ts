import { defineApi, operation } from "#app/api/api.server.ts";
import {
  collectGeneration,
  generateRequestSchema,
  generationSchema,
  sseResponse,
  startGeneration,
} from "#app/sage/generate.server.ts";

export const api = defineApi("/sage/generate", {
  POST: operation({
    id: "generate",
    access: "ai:run",
    summary: "Generate text with the chosen (or named) model",
    description:
      "Streams Server-Sent Events by default: `start` (model, provider, reason), `delta` ({text}) as the model writes, then `done` with the usage ({promptTokens, completionTokens, latencyMs, model, provider, cost}) or `error` ({code, message}). With `stream: false` the answer is one JSON envelope. Refused with 423 while AI work is paused or stopped; an emergency stop aborts running generations, as does the client going away. Every call is recorded for /sage/usage.",
    tags: ["sage"],
    body: generateRequestSchema,
    errors: [422, 423, 502, 503, 504],
    response: generationSchema,
    handler: async ({ body, actor, request, context }) => {
      const generation = await startGeneration(context.services, {
        body,
        userId: actor.user.id,
        requestId: context.requestId ?? null,
        signal: request.signal,
      });
      if (body.stream) return sseResponse(generation);
      return collectGeneration(generation);
    },
  }),
});

export const { loader, action } = api;
