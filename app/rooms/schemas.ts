import { z } from "zod/v4";
import { taskKinds } from "#app/sage/tasks.ts";

/**
 * Input shapes for rooms, members, messages and agents: shared by the API and the pages. Strict,
 * as every API body is: a field the API does not know is refused, not dropped. A page's form
 * spreads a shape into a plain `z.object`, so the fields a form carries besides (its `intent`, a
 * button's name) are ignored there.
 */

export const MESSAGE_MAX = 8_000;

export const roomInputSchema = z.strictObject({
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, "name must not be empty")
    .max(100, "name is at most 100 characters"),
  topic: z.string().trim().max(500, "topic is at most 500 characters").default(""),
});

export const roomPatchSchema = z
  .strictObject({
    name: roomInputSchema.shape.name.optional(),
    topic: z.string().trim().max(500, "topic is at most 500 characters").optional(),
  })
  .refine((v) => v.name !== undefined || v.topic !== undefined, "give name or topic");

export const memberInputSchema = z.strictObject({
  userId: z.uuid("userId must be a user's id"),
  role: z.enum(["owner", "member"], { error: "role is owner or member" }).default("member"),
});

export const messageInputSchema = z.strictObject({
  body: z
    .string({ error: "body is required" })
    .trim()
    .min(1, "body must not be empty")
    .max(MESSAGE_MAX, `body is at most ${MESSAGE_MAX} characters`),
});

/** Idempotency keys: what clients send in the `Idempotency-Key` header (a UUID is typical). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{8,200}$/, "Idempotency-Key is 8-200 letters, digits or _.:-");

export const AGENT_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Generation task kinds an agent may prefer (embedding is not one). */
export const agentTaskKinds = taskKinds.filter((kind) => kind !== "embedding");

export const agentInputSchema = z.strictObject({
  name: z
    .string({ error: "name is required" })
    .trim()
    .regex(AGENT_NAME, "name is a letter, then up to 39 letters, digits, _ or - (used as @Name)"),
  persona: z
    .string({ error: "persona is required" })
    .trim()
    .min(1, "persona must not be empty")
    .max(10_000, "persona is at most 10000 characters"),
  taskKind: z
    .enum(agentTaskKinds as [string, ...string[]], {
      error: `taskKind is one of ${agentTaskKinds.join(", ")}`,
    })
    .optional(),
  model: z.string().trim().min(1).max(200, "model is at most 200 characters").optional(),
  specialisation: z.string().trim().max(500, "specialisation is at most 500 characters").optional(),
});

/** A change to an agent: null clears the optional fields. */
export const agentPatchSchema = z
  .strictObject({
    name: agentInputSchema.shape.name.optional(),
    persona: agentInputSchema.shape.persona.optional(),
    taskKind: agentInputSchema.shape.taskKind.unwrap().nullable().optional(),
    model: agentInputSchema.shape.model.unwrap().nullable().optional(),
    specialisation: agentInputSchema.shape.specialisation.unwrap().nullable().optional(),
  })
  // An empty change is a client mistake (a 400), not an update with nothing to write.
  .refine(
    (v) => Object.values(v).some((value) => value !== undefined),
    "give at least one of name, persona, taskKind, model, specialisation",
  );

export const roomAgentInputSchema = z.strictObject({
  agentId: z.uuid("agentId must be an agent's id"),
});

export const askInputSchema = z.strictObject({
  agentId: z.uuid("agentId must be an agent's id"),
  prompt: z
    .string()
    .trim()
    .min(1, "prompt must not be empty")
    .max(MESSAGE_MAX, `prompt is at most ${MESSAGE_MAX} characters`)
    .optional()
    .describe("What to ask; without it the agent answers the conversation so far."),
});

export const solveInputSchema = z.strictObject({
  problem: z
    .string({ error: "problem is required" })
    .trim()
    .min(1, "problem must not be empty")
    .max(MESSAGE_MAX, `problem is at most ${MESSAGE_MAX} characters`),
  agentIds: z
    .array(z.uuid("agentIds holds agent ids"), { error: "agentIds is a list of agent ids" })
    .min(1, "pick at least one agent")
    .max(6, "pick at most 6 agents")
    .refine((ids) => new Set(ids).size === ids.length, "agentIds must not repeat"),
  synthesizerId: z
    .uuid("synthesizerId must be an agent's id")
    .optional()
    .describe("The agent that merges the proposals (default: the first one picked)."),
});
