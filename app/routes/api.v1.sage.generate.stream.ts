import { defineApi, operation } from "#app/api/api.server.ts";
import {
  generateStreamRequestSchema,
  sseResponse,
  startGeneration,
} from "#app/sage/generate.server.ts";

export const api = defineApi("/sage/generate/stream", {
  POST: operation({
    id: "generateStream",
    access: "ai:run",
    summary: "Generate text with the chosen (or named) model, streamed as Server-Sent Events",
    description:
      "Answers `text/event-stream`: `start` ({model, provider, reason}), `delta` ({text}) as the model writes, then `done` with the usage ({promptTokens, completionTokens, latencyMs, model, provider, cost}) or `error` ({code, message}). What goes wrong before the first event (AI work paused or stopped: 423; a named model that cannot do the task: 422; no model at all: 503) is a JSON error envelope; what goes wrong after it is the `error` event. An emergency stop aborts running generations, as does the client going away. Every call is recorded for /sage/usage. For one JSON answer instead: POST /sage/generate.",
    tags: ["sage"],
    body: generateStreamRequestSchema,
    errors: [422, 423],
    mediaType: "text/event-stream",
    handler: async ({ body, actor, request, context }) =>
      sseResponse(
        await startGeneration(context.services, {
          body,
          userId: actor.user.id,
          requestId: context.requestId ?? null,
          signal: request.signal,
        }),
      ),
  }),
});

export const { loader, action } = api;
