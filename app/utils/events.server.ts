import { EventEmitter } from "node:events";

/**
 * In-process domain events. Services emit after their write is committed; the realtime bridge
 * (and anything else that reacts) listens. The database stays the source of truth: a listener
 * that misses an event loses a push, never data.
 */
export interface DomainEventMap {
  activity: [ActivityEvent];
  module: [
    { change: "created" | "updated" | "deleted" | "status"; moduleId: string; module?: unknown },
  ];
  /** `remote`: the switch was changed on another instance, which announced it already. */
  emergency: [{ state: unknown; remote?: boolean }];
  /** A metrics sample was stored (the collector's public shape). */
  metrics: [Record<string, unknown>];
}

export interface ActivityEvent {
  id: string;
  type: string;
  summary: string;
  actorLabel: string;
  moduleId: string | null;
  createdAt: string;
}

export class DomainEvents extends EventEmitter<DomainEventMap> {
  constructor() {
    super({ captureRejections: false });
    // Listener failures must not break the write that emitted.
    this.setMaxListeners(50);
  }
}
