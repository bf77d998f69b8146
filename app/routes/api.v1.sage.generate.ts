import { defineApi, operation } from "#app/api/api.server.ts";
import { deprecatedAnswer } from "#app/api/deprecation.server.ts";
import {
  collectGeneration,
  generateRequestSchema,
  generationSchema,
  sseResponse,
  startGeneration,
} from "#app/sage/generate.server.ts";

/** When the streamed answer of this operation gave way to POST /sage/generate/stream. */
const STREAM_DEPRECATED = new Date("2026-12-03T00:00:00Z");

export const api = defineApi("/sage/generate", {
  POST: operation({
    id: "generate",
    access: "ai:run",
    summary: "Generate text with the chosen (or named) model, as one JSON answer",
    description:
      'Runs the generation to its end and answers one envelope: the text, why the model was chosen and the usage. Send `stream: false`. Deprecated: with `stream: true`, or without `stream` (the old default), the answer is still the Server-Sent Events stream of its successor, POST /sage/generate/stream, with `Deprecation` and `Link: </api/v1/sage/generate/stream>; rel="successor-version"` headers, for this API version only. Refused with 423 while AI work is paused or stopped; an emergency stop aborts running generations, as does the client going away. Every call is recorded for /sage/usage.',
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
      if (body.stream) {
        return deprecatedAnswer(sseResponse(generation), {
          since: STREAM_DEPRECATED,
          successor: "/sage/generate/stream",
        });
      }
      return collectGeneration(generation);
    },
  }),
});

export const { loader, action } = api;
