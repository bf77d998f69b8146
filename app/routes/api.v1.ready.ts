import { ApiError, defineApi, operation } from "#app/api/api.server.ts";
import { readinessSchema } from "#app/api/schemas.ts";
import { checkReadiness } from "#app/server/readiness.server.ts";

export const api = defineApi("/ready", {
  GET: operation({
    id: "getReadiness",
    access: "public",
    rateLimited: false,
    summary: "Readiness: database, cache and realtime all answer",
    description:
      '503 NOT_READY names each component that did not answer, in `error.details`. The cache fails open: when only Redis is down the answer is 200 with `degraded: ["cache"]` and the cache check `ok: false`, since every request is still served.',
    tags: ["system"],
    response: readinessSchema,
    errors: [503],
    handler: async ({ context }) => {
      const readiness = await checkReadiness(context.services);
      if (!readiness.ready) {
        const failed = readiness.checks.filter((c) => !c.ok).map((c) => c.name);
        throw new ApiError(503, "NOT_READY", `Not ready: ${failed.join(", ")} did not answer.`, {
          ...readiness,
          failed,
        });
      }
      return readiness;
    },
  }),
});

export const { loader, action } = api;
