import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import { recoverReplies } from "#app/rooms/replies.server.ts";
import { recoverGoalRuns } from "#app/sage/goal-recovery.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
import type { Services } from "./services.server.ts";

/** How often the holder of the lease looks for AI work whose instance is gone. */
export const RECOVERY_INTERVAL_MS = 1_000;

const LEASE = "ai-work-recovery";

/**
 * The recovery job (docs/decisions/041-durable-goal-runs.md): at start-up and then every
 * RECOVERY_INTERVAL_MS, on whichever instance holds its lease, goal runs whose instance handed
 * them over or stopped heartbeating are taken over and resumed here, and replies whose instance
 * died are stored as interrupted. The lease only saves the other instances the queries: the
 * claim itself never gives one run to two instances. Returns the function that stops it.
 */
export function startRecovery(
  services: Services,
  options: { instanceId: string; intervalMs?: number },
): () => Promise<void> {
  const intervalMs = options.intervalMs ?? RECOVERY_INTERVAL_MS;
  // Short, so that when the holder dies another instance holds it within a few seconds.
  const leaseMs = Math.max(intervalMs * 3, 3_000);
  const stop = everyInterval({
    everyMs: intervalMs,
    firstAfterMs: 0,
    tick: async () => {
      if (!(await acquireLease(services.database.db, LEASE, options.instanceId, leaseMs))) return;
      await recoverGoalRuns(services);
      await recoverReplies(services);
    },
    onError: (error) => warnUnlessOutage(services.log, error, "recovery: a pass failed"),
  });
  return async () => {
    await stop();
    await releaseLease(services.database.db, LEASE, options.instanceId).catch(() => {});
  };
}
