import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { ConflictError, isUniqueViolation, NotFoundError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { agents } from "#db/schema/index.ts";
import type { agentInputSchema, agentPatchSchema } from "./schemas.ts";

/** Agents: AI participants that admins and operators define and add to rooms. */

type Deps = { database: DatabaseHandle; events: DomainEvents };
export type AgentRow = typeof agents.$inferSelect;

export const agentPublicSchema = named(
  "Agent",
  z.object({
    id: z.uuid(),
    name: z.string().describe("Addressed in a message as @Name."),
    persona: z.string().describe("Its system prompt."),
    taskKind: z.string().nullable(),
    model: z.string().nullable(),
    specialisation: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type PublicAgent = z.infer<typeof agentPublicSchema>;

export function toPublicAgent(row: AgentRow): PublicAgent {
  return {
    id: row.id,
    name: row.name,
    persona: row.persona,
    taskKind: row.taskKind,
    model: row.model,
    specialisation: row.specialisation,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class AgentNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`An agent called ${name} already exists.`);
  }
}

async function nameTaken(deps: { database: DatabaseHandle }, name: string, exceptId?: string) {
  const rows = await deps.database.db
    .select({ id: agents.id })
    .from(agents)
    .where(sql`lower(${agents.name}) = ${name.toLowerCase()}`);
  return rows.some((r) => r.id !== exceptId);
}

export async function listAgents(deps: { database: DatabaseHandle }): Promise<AgentRow[]> {
  return deps.database.db.select().from(agents).orderBy(asc(agents.name));
}

export async function getAgent(deps: { database: DatabaseHandle }, id: string): Promise<AgentRow> {
  const [row] = await deps.database.db.select().from(agents).where(eq(agents.id, id)).limit(1);
  if (!row) throw new NotFoundError("No such agent.");
  return row;
}

export async function createAgent(
  deps: Deps,
  input: z.output<typeof agentInputSchema>,
  actor: ActingAs,
): Promise<AgentRow> {
  if (await nameTaken(deps, input.name)) throw new AgentNameTakenError(input.name);
  const [row] = await deps.database.db
    .insert(agents)
    .values({
      name: input.name,
      persona: input.persona,
      taskKind: input.taskKind ?? null,
      model: input.model ?? null,
      specialisation: input.specialisation ?? null,
      createdBy: actor.id,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AgentNameTakenError(input.name);
  await recordActivity(
    deps.database.db,
    {
      type: "agent.created",
      actor,
      subject: { type: "agent", id: row.id },
      summary: `${actor.label} defined the agent ${row.name}`,
    },
    deps.events,
  );
  return row;
}

export async function updateAgent(
  deps: Deps,
  id: string,
  patch: z.output<typeof agentPatchSchema>,
  actor: ActingAs,
): Promise<AgentRow> {
  await getAgent(deps, id);
  if (patch.name && (await nameTaken(deps, patch.name, id))) {
    throw new AgentNameTakenError(patch.name);
  }
  const [row] = await deps.database.db
    .update(agents)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.persona !== undefined ? { persona: patch.persona } : {}),
      ...(patch.taskKind !== undefined ? { taskKind: patch.taskKind } : {}),
      ...(patch.model !== undefined ? { model: patch.model } : {}),
      ...(patch.specialisation !== undefined ? { specialisation: patch.specialisation } : {}),
    })
    .where(eq(agents.id, id))
    .returning()
    .catch((error: unknown) => {
      // Another change took the name between the check above and this update.
      if (isUniqueViolation(error)) {
        throw new AgentNameTakenError(patch.name ?? "");
      }
      throw error;
    });
  // Deleted by someone else between the check above and this update.
  if (!row) throw new NotFoundError("No such agent.");
  await recordActivity(
    deps.database.db,
    {
      type: "agent.updated",
      actor,
      subject: { type: "agent", id },
      summary: `${actor.label} changed the agent ${row.name}`,
    },
    deps.events,
  );
  return row;
}

export async function deleteAgent(deps: Deps, id: string, actor: ActingAs): Promise<void> {
  const agent = await getAgent(deps, id);
  await deps.database.db.delete(agents).where(eq(agents.id, id));
  await recordActivity(
    deps.database.db,
    {
      type: "agent.deleted",
      actor,
      subject: { type: "agent", id },
      summary: `${actor.label} deleted the agent ${agent.name}`,
    },
    deps.events,
  );
}
