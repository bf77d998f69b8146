import { getModule, ModuleNotFoundError, toPublicModule } from "#app/modules/modules.server.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import type { Realtime } from "./realtime.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "./room-token.ts";

/**
 * The consciousness bridge: domain events become pushes into the `global` room. Runs on every
 * instance (each pushes what it wrote). Returns a function that detaches it.
 */
export function startBridge(services: {
  database: DatabaseHandle;
  events: DomainEvents;
  realtime: Realtime;
  log: Logger;
}): () => void {
  const push = (type: string, data: unknown) =>
    void services.realtime.publish(METRICS_PARTY, METRICS_ROOM, { type, data });

  const onActivity: Parameters<typeof services.events.on<"activity">>[1] = (event) =>
    push("activity", event);

  const onModule: Parameters<typeof services.events.on<"module">>[1] = async ({
    change,
    moduleId,
  }) => {
    if (change === "deleted") return push("module", { change, id: moduleId, module: null });
    try {
      const module = toPublicModule(await getModule(services, moduleId));
      push("module", { change, id: moduleId, module });
    } catch (error) {
      if (!(error instanceof ModuleNotFoundError)) {
        services.log.warn({ err: error, moduleId }, "bridge could not read a module");
      }
    }
  };

  const onEmergency: Parameters<typeof services.events.on<"emergency">>[1] = ({
    state,
    remote,
  }) => {
    if (!remote) push("emergency", state);
  };

  const onMetrics: Parameters<typeof services.events.on<"metrics">>[1] = (sample) =>
    push("metrics", sample);

  services.events.on("activity", onActivity);
  services.events.on("module", onModule);
  services.events.on("emergency", onEmergency);
  services.events.on("metrics", onMetrics);
  return () => {
    services.events.off("activity", onActivity);
    services.events.off("module", onModule);
    services.events.off("emergency", onEmergency);
    services.events.off("metrics", onMetrics);
  };
}
