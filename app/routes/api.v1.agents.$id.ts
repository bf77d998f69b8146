import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  agentPublicSchema,
  deleteAgent,
  getAgent,
  toPublicAgent,
  updateAgent,
} from "#app/rooms/agents.server.ts";
import { agentPatchSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/agents/{id}", {
  GET: operation({
    id: "getAgent",
    access: "read",
    summary: "One agent",
    tags: ["agents"],
    params: idParams,
    errors: [404],
    response: agentPublicSchema,
    handler: async ({ params, context }) =>
      toPublicAgent(await getAgent(context.services, params.id)),
  }),
  PATCH: operation({
    id: "updateAgent",
    access: "write",
    summary: "Change an agent",
    tags: ["agents"],
    params: idParams,
    body: agentPatchSchema,
    errors: [404, 409],
    response: agentPublicSchema,
    handler: async ({ params, body, actor, context }) => {
      return toPublicAgent(
        await updateAgent(context.services, params.id, body, actingAs(actor, context)),
      );
    },
  }),
  DELETE: operation({
    id: "deleteAgent",
    access: "write",
    summary: "Delete an agent: it leaves every room; its messages stay",
    tags: ["agents"],
    params: idParams,
    errors: [404],
    response: z.object({ id: z.uuid() }),
    handler: async ({ params, actor, context }) => {
      await deleteAgent(context.services, params.id, actingAs(actor, context));
      return { id: params.id };
    },
  }),
});

export const { loader, action } = api;
