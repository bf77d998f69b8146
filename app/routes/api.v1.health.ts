import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { NEXUS_VERSION } from "#app/utils/version.ts";

export const api = defineApi("/health", {
  GET: operation({
    id: "getHealth",
    access: "public",
    rateLimited: false,
    summary: "Liveness: the process is up and serving requests",
    tags: ["system"],
    response: z.object({
      status: z.literal("ok"),
      version: z.string(),
      startedAt: z.iso.datetime(),
      uptimeSeconds: z.number(),
    }),
    handler: ({ context }) => ({
      status: "ok" as const,
      version: NEXUS_VERSION,
      startedAt: context.services.startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - context.services.startedAt.getTime()) / 1000),
    }),
  }),
});

export const { loader, action } = api;
