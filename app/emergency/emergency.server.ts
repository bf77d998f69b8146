import { desc } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { ConflictError, EmergencyActiveError } from "#app/utils/domain-errors.ts";
import type { emergencyRequestSchema } from "./schemas.ts";

export { emergencyActionSchema, emergencyRequestSchema } from "./schemas.ts";

import type { DomainEvents } from "#app/utils/events.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { emergencyActions } from "#db/schema/index.ts";

/**
 * The emergency switch: one state for the whole deployment, kept in the database (so every
 * instance agrees), changed only by recorded actions. AI work asks `assertAiAllowed` before it
 * starts and listens for "stop" to abort what runs.
 */
export type EmergencyMode = "normal" | "paused" | "stopped";

export interface EmergencyState {
  mode: EmergencyMode;
  since: string | null;
  reason: string | null;
  by: string | null;
}

export const emergencyStateSchema = named(
  "EmergencyState",
  z.object({
    mode: z.enum(["normal", "paused", "stopped"]),
    since: z.iso.datetime().nullable(),
    reason: z.string().nullable(),
    by: z.string().nullable(),
  }),
);

const modeAfter = { pause: "paused", stop: "stopped", resume: "normal" } as const;

type Deps = { database: DatabaseHandle; events: DomainEvents };

export async function getEmergencyState(deps: Deps): Promise<EmergencyState> {
  const [latest] = await deps.database.db
    .select()
    .from(emergencyActions)
    .orderBy(desc(emergencyActions.createdAt), desc(emergencyActions.id))
    .limit(1);
  if (!latest) return { mode: "normal", since: null, reason: null, by: null };
  return {
    mode: modeAfter[latest.action],
    since: latest.createdAt.toISOString(),
    reason: latest.reason,
    by: latest.actorLabel,
  };
}

export class EmergencyTransitionError extends ConflictError {}

export async function applyEmergencyAction(
  deps: Deps,
  request: z.output<typeof emergencyRequestSchema>,
  actor: ActingAs,
): Promise<EmergencyState> {
  const current = await getEmergencyState(deps);
  if (request.action === "resume" && current.mode === "normal") {
    throw new EmergencyTransitionError(
      "AI work is already running normally: there is nothing to resume.",
    );
  }
  if (modeAfter[request.action] === current.mode) {
    throw new EmergencyTransitionError(`AI work is already ${current.mode}.`);
  }
  await deps.database.db.insert(emergencyActions).values({
    action: request.action,
    reason: request.reason,
    actorId: actor.id,
    actorLabel: actor.label,
  });
  const verb = { pause: "paused", stop: "stopped", resume: "resumed" }[request.action];
  await recordActivity(
    deps.database.db,
    {
      type: `emergency.${request.action}`,
      actor,
      summary: `${actor.label} ${verb} all AI work: ${request.reason}`,
      data: { from: current.mode, to: modeAfter[request.action], reason: request.reason },
    },
    deps.events,
  );
  const state = await getEmergencyState(deps);
  deps.events.emit("emergency", { state });
  return state;
}

/** Refuses new AI work while paused or stopped (423 Locked, with the reason). */
export async function assertAiAllowed(deps: Deps): Promise<void> {
  const state = await getEmergencyState(deps);
  if (state.mode !== "normal") {
    throw new EmergencyActiveError(
      `AI work is ${state.mode} (${state.reason ?? "no reason given"}); an admin must resume it first.`,
      state,
    );
  }
}
