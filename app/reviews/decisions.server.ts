import type { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { settleRunAfterReview } from "#app/sage/goals.server.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { decideReview, type reviewDecisionSchema } from "./reviews.server.ts";

/**
 * A reviewer's decision and what follows from it: a goal run waiting on its reviews completes
 * (all approved) or fails (one rejected). The page and the API both decide through here.
 */
export async function decide(
  services: { database: DatabaseHandle; events: DomainEvents; realtime: Realtime },
  id: string,
  input: z.output<typeof reviewDecisionSchema>,
  actor: ActingAs,
) {
  const row = await decideReview(services, id, input, actor);
  const runId = row.details.runId;
  if ((row.kind === "task_review" || row.kind === "goal_approval") && typeof runId === "string") {
    await settleRunAfterReview(services, runId);
  }
  return row;
}
