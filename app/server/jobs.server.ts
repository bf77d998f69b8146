import { startDeliveryWorker } from "#app/alerts/outbox.server.ts";
import { startProbeScheduler } from "#app/modules/probes.server.ts";
import { startUptimeRollups } from "#app/modules/uptime.server.ts";
import { startBridge } from "#app/realtime/bridge.server.ts";
import { stopReplies } from "#app/rooms/replies.server.ts";
import { stopGoalRuns } from "#app/sage/goals.server.ts";
import { startModelRefresher } from "#app/sage/models.server.ts";
import { startMetricsCollector } from "#app/system-metrics/collector.server.ts";
import { startRecovery } from "./recovery.server.ts";
import type { Services } from "./services.server.ts";

/**
 * The periodic work of a running NEXUS. With several instances, metrics sampling, the uptime
 * rollups, the model refresh and the recovery of AI work whose instance is gone
 * (recovery.server.ts, which also runs at once on start-up) each run on the holder of their own
 * lease, and a module's probe and an alert's delivery on whichever instance claimed it in the
 * database. Returns a function that stops them all.
 */
export function startBackgroundJobs(services: Services): () => Promise<void> {
  const detachBridge = startBridge(services);
  const stopRecovery = startRecovery(services, { instanceId: services.instanceId });
  const stops = [
    async () => detachBridge(),
    startProbeScheduler(services, { instanceId: services.instanceId }),
    startUptimeRollups(services, { instanceId: services.instanceId }),
    startDeliveryWorker(services, { instanceId: services.instanceId }),
    startMetricsCollector(services, { instanceId: services.instanceId }),
    startModelRefresher(services, { instanceId: services.instanceId }),
  ];
  return async () => {
    // This instance takes nothing over any more; then the goal runs it executes are handed over
    // (their open step closed as interrupted), for another instance, or the next start, to take
    // over at once, before the jobs and the bridge stop.
    await stopRecovery().catch(() => {});
    await stopGoalRuns(services).catch(() => {});
    // Agents' replies in rooms too: what they wrote so far is stored, marked interrupted.
    await stopReplies(services).catch(() => {});
    await Promise.allSettled(stops.map((stop) => stop()));
  };
}
