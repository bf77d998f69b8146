import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import {
  agentPublicSchema,
  createAgent,
  listAgents,
  toPublicAgent,
} from "#app/rooms/agents.server.ts";
import { agentInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/agents", {
  GET: operation({
    id: "listAgents",
    access: "read",
    summary: "Every agent, by name",
    tags: ["agents"],
    response: z.array(agentPublicSchema),
    handler: async ({ context }) => (await listAgents(context.services)).map(toPublicAgent),
  }),
  POST: operation({
    id: "createAgent",
    access: "write",
    summary: "Define an agent: a name (@Name), a persona, and the work it prefers",
    tags: ["agents"],
    status: 201,
    body: agentInputSchema,
    errors: [409],
    response: agentPublicSchema,
    handler: async ({ body, actor, context }) => {
      return toPublicAgent(await createAgent(context.services, body, actingAs(actor, context)));
    },
  }),
});

export const { loader, action } = api;
