import { sql } from "drizzle-orm";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import type { DatabaseHandle } from "#db/client.ts";

/**
 * What reaches AI work from other instances (docs/decisions/040-ai-work-signals.md). The instance
 * running a goal run or an agent's reply owns it: the row names it (`owner_instance`) and it says
 * every HEARTBEAT_MS that it is still at work (`heartbeat_at`). Whatever another instance wants
 * of that work it writes to Postgres (a run marked cancelled, a reply's `stop_requested_at`, the
 * emergency switch's newest action), and the owner reads it here: one query every SIGNAL_POLL_MS
 * for all the work it runs, only while it runs some.
 */

/** How often an instance running AI work reads the signals meant for it. */
export const SIGNAL_POLL_MS = 200;
/** How often it says, in Postgres, that it still runs that work. */
export const HEARTBEAT_MS = 2_000;
/** A heartbeat older than this means its instance is gone (three missed heartbeats). */
export const STALE_MS = 6_000;

export type WorkSignal =
  /** A reply: someone asked it to stop. */
  | { type: "stop" }
  /** A run: it was ended elsewhere (cancelled through another instance). */
  | { type: "ended"; status: string; error: string | null }
  /** The row names another owner, or is gone: someone else took the work over. */
  | { type: "lost"; owner: string | null };

export interface WatchedWork {
  kind: "run" | "reply";
  id: string;
  signal(signal: WorkSignal): void;
  /** A reply's text so far (and its model), kept on its row with every heartbeat. */
  progress?(): { body: string; model?: string | null };
}

export interface WatchDeps {
  database: DatabaseHandle;
  events: DomainEvents;
  log: Logger;
  /** Tells this process apart from other instances: the owner written on the rows. */
  instanceId: string;
}

type SignalRow = {
  kind: "run" | "reply" | "emergency";
  id: string;
  status: string | null;
  detail: string | null;
  owner: string | null;
  stop: boolean | null;
};

class Watcher {
  readonly items = new Map<string, WatchedWork>();
  private timer: NodeJS.Timeout | null = null;
  private beating: NodeJS.Timeout | null = null;
  private beat: Promise<void> | null = null;
  /** Emergency actions already acted on, so one stop is passed on once. */
  private readonly actedOn = new Set<string>();
  /** Signals already delivered per item, so each is delivered once. */
  private readonly delivered = new Map<string, string>();
  private warned = false;

  constructor(private readonly deps: WatchDeps) {}

  watch(item: WatchedWork): () => void {
    const key = `${item.kind}:${item.id}`;
    this.items.set(key, item);
    this.schedule();
    return () => {
      if (this.items.get(key) === item) this.items.delete(key);
      this.delivered.delete(key);
    };
  }

  private schedule() {
    this.scheduleHeartbeat();
    if (this.timer || this.items.size === 0) return;
    this.timer = setTimeout(() => {
      void this.tick()
        .catch((error) => {
          if (!this.warned) {
            this.warned = true;
            this.deps.log.warn({ err: error }, "ai work: could not read the shared signals");
          }
        })
        .finally(() => {
          this.timer = null;
          this.schedule();
        });
    }, SIGNAL_POLL_MS);
    this.timer.unref();
  }

  /** Heartbeats on a timer of their own, so a slow write never delays reading the signals. */
  private scheduleHeartbeat() {
    if (this.items.size === 0) {
      if (this.beating) clearInterval(this.beating);
      this.beating = null;
      return;
    }
    if (this.beating) return;
    this.beating = setInterval(() => {
      if (this.items.size === 0) return this.scheduleHeartbeat();
      if (this.beat) return;
      this.beat = this.heartbeat()
        .catch((error) =>
          this.deps.log.warn({ err: error }, "ai work: could not write the heartbeats"),
        )
        .finally(() => {
          this.beat = null;
        });
    }, HEARTBEAT_MS);
    this.beating.unref();
  }

  private ids(kind: WatchedWork["kind"]) {
    return [...this.items.values()].filter((i) => i.kind === kind).map((i) => i.id);
  }

  private deliver(kind: WatchedWork["kind"], id: string, signal: WorkSignal) {
    const key = `${kind}:${id}`;
    const item = this.items.get(key);
    if (!item) return;
    const said = JSON.stringify(signal);
    if (this.delivered.get(key) === said) return;
    this.delivered.set(key, said);
    item.signal(signal);
  }

  private async tick() {
    const runs = this.ids("run");
    const replies = this.ids("reply");
    const me = this.deps.instanceId;
    const db = this.deps.database.db;
    const uuids = (ids: string[]) =>
      sql`${sql.param(ids.length ? ids : ["00000000-0000-0000-0000-000000000000"])}::uuid[]`;
    const result = await db.execute(sql`
      select 'run' as kind, r.id::text as id, r.status::text as status, r.error as detail,
             r.owner_instance as owner, null::boolean as stop
        from goal_runs r
        where r.id = any(${uuids(runs)})
          and (r.status not in ('queued', 'running') or r.owner_instance is distinct from ${me})
      union all
      select 'reply', v.id::text, null, null, p.owner_instance, p.stop_requested_at is not null
        from unnest(${uuids(replies)}) as v(id)
        left join room_replies p on p.stream_id = v.id
        where ${replies.length > 0}
          and (p.stream_id is null or p.stop_requested_at is not null or p.owner_instance <> ${me})
      union all
      (select 'emergency', e.id::text, e.action::text, e.reason, e.actor_label, null
         from emergency_actions e order by e.created_at desc, e.id desc limit 1)`);
    this.warned = false;
    for (const row of (result as unknown as { rows: SignalRow[] }).rows) {
      if (row.kind === "emergency") {
        this.onEmergency(row);
      } else if (row.kind === "run") {
        if (row.owner !== me) this.deliver("run", row.id, { type: "lost", owner: row.owner });
        else this.deliver("run", row.id, { type: "ended", status: row.status!, error: row.detail });
      } else if (row.owner !== null && row.owner !== me) {
        this.deliver("reply", row.id, { type: "lost", owner: row.owner });
      } else if (row.owner === null) {
        this.deliver("reply", row.id, { type: "lost", owner: null });
      } else if (row.stop) {
        this.deliver("reply", row.id, { type: "stop" });
      }
    }
  }

  /** A stop made on another instance: this one's work stops as if it had been made here. */
  private onEmergency(row: SignalRow) {
    if (row.status !== "stop" || this.actedOn.has(row.id)) return;
    this.actedOn.add(row.id);
    // The listeners of this instance stop its runs and generations (so its replies), as for a
    // stop made here; `remote` keeps the realtime bridge from announcing again what the instance
    // that made the stop announced.
    this.deps.events.emit("emergency", {
      state: { mode: "stopped", since: null, reason: row.detail, by: row.owner },
      remote: true,
    });
  }

  private async heartbeat() {
    const me = this.deps.instanceId;
    const db = this.deps.database.db;
    const runs = this.ids("run");
    if (runs.length > 0) {
      await db.execute(sql`
        update goal_runs set heartbeat_at = now()
        where id = any(${sql.param(runs)}::uuid[]) and owner_instance = ${me}`);
    }
    for (const item of this.items.values()) {
      if (item.kind !== "reply") continue;
      const progress = item.progress?.() ?? { body: "" };
      const model = progress.model ? { model: progress.model } : {};
      await db.execute(sql`
        update room_replies
          set heartbeat_at = now(), body = ${progress.body},
              meta = meta || ${JSON.stringify(model)}::jsonb
          where stream_id = ${item.id} and owner_instance = ${me}`);
    }
  }
}

const watchers = singleton("ai-work-watchers", () => new WeakMap<object, Watcher>());

function watcherFor(deps: WatchDeps): Watcher {
  let watcher = watchers.get(deps.events);
  if (!watcher) {
    watcher = new Watcher(deps);
    watchers.set(deps.events, watcher);
  }
  return watcher;
}

/**
 * Watches one piece of AI work this instance runs: `signal` is called (once per signal) when
 * another instance cancels or stops it or takes it over, and its heartbeat is kept. An emergency
 * stop made anywhere is passed to this instance's "emergency" listeners while it watches work. Returns the function that stops watching it.
 */
export function watchWork(deps: WatchDeps, item: WatchedWork): () => void {
  return watcherFor(deps).watch(item);
}

/** Whether this instance still watches work (tests). */
export function watchedWork(deps: { events: DomainEvents }): number {
  return watchers.get(deps.events)?.items.size ?? 0;
}
