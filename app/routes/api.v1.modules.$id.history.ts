import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  getModule,
  recentProbes,
  statusHistory,
  toPublicStatusChange,
} from "#app/modules/modules.server.ts";
import { statusChangeSchema } from "#app/modules/schemas.ts";

export const api = defineApi("/modules/{id}/history", {
  GET: operation({
    id: "getModuleHistory",
    access: "read",
    summary: "A module's status changes and recent health probes, newest first",
    tags: ["modules"],
    params: idParams,
    errors: [404],
    response: z.object({
      statusChanges: z.array(statusChangeSchema),
      probes: z.array(
        z.object({
          ok: z.boolean(),
          httpStatus: z.number().nullable(),
          latencyMs: z.number(),
          error: z.string().nullable(),
          at: z.iso.datetime(),
        }),
      ),
    }),
    handler: async ({ params, context }) => {
      await getModule(context.services, params.id);
      const [changes, probes] = await Promise.all([
        statusHistory(context.services, params.id),
        recentProbes(context.services, params.id),
      ]);
      return {
        statusChanges: changes.map(toPublicStatusChange),
        probes: probes.map((p) => ({
          ok: p.ok,
          httpStatus: p.httpStatus,
          latencyMs: p.latencyMs,
          error: p.error,
          at: p.createdAt.toISOString(),
        })),
      };
    },
  }),
});

export const { loader, action } = api;
