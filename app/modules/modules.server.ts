import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, withCursor } from "#app/api/pagination.server.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import { cacheNames, cacheTags } from "#app/cache/cache.server.ts";
import {
  ConflictError,
  InvalidFieldError,
  isUniqueViolation,
  NotFoundError,
} from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { moduleProbes, moduleStatusHistory, modules } from "#db/schema/index.ts";
import type { CreateModuleInput, UpdateModuleInput } from "./schemas.ts";

export type ModuleRow = typeof modules.$inferSelect;
export type ModuleStatus = ModuleRow["status"];

/** What reading modules needs. */
type ReadDeps = { database: DatabaseHandle };

/** What module services need: the database, the event bus and the cache (to invalidate). */
export type ModuleDeps = { database: DatabaseHandle; events: DomainEvents; cache: Cache };

export class ModuleNotFoundError extends NotFoundError {
  constructor() {
    super("No such module.");
  }
}

export class VersionConflictError extends ConflictError {
  constructor(readonly currentVersion: number) {
    super(
      `The module changed since you read it (it is now at version ${currentVersion}). Reload and apply your change again.`,
      { currentVersion },
    );
  }
}

/** A change that is valid on its own but not against the module's current values. */
export class InvalidModuleChangeError extends InvalidFieldError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super([{ in: "body", path: field, message }], message);
  }
}

export class SlugTakenError extends ConflictError {
  constructor(readonly slug: string) {
    super(`Another module already has the slug "${slug}".`);
  }
}

export function toPublicModule(row: ModuleRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: row.kind,
    status: row.status,
    integrationLevel: row.integrationLevel,
    load: row.load,
    metrics: row.metrics,
    healthEndpoint: row.healthEndpoint,
    probeIntervalSeconds: row.probeIntervalSeconds,
    probeTimeoutMs: row.probeTimeoutMs,
    lastProbe: row.lastProbeAt
      ? {
          at: row.lastProbeAt.toISOString(),
          ok: row.lastProbeOk ?? false,
          latencyMs: row.lastProbeLatencyMs,
          error: row.lastProbeError,
        }
      : null,
    consecutiveFailures: row.consecutiveFailures,
    public: row.public,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PublicModule = ReturnType<typeof toPublicModule>;

export interface ModuleFilter {
  status?: ModuleStatus;
  kind?: string;
}

function filterClause(filter: ModuleFilter): SQL | undefined {
  return and(
    filter.status ? eq(modules.status, filter.status) : undefined,
    filter.kind ? eq(modules.kind, filter.kind) : undefined,
  );
}

/** The API's list: oldest first, cursor-paginated. */
export async function listModules(
  deps: ReadDeps,
  query: ModuleFilter & { limit: number; cursor?: string },
) {
  const rows = await deps.database.db
    .select(withCursor(modules))
    .from(modules)
    .where(and(filterClause(query), afterCursor(query.cursor, modules, false)))
    .orderBy(asc(modules.createdAt), asc(modules.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit);
}

export const moduleSortKeys = [
  "name",
  "status",
  "kind",
  "load",
  "integrationLevel",
  "updatedAt",
] as const;
export type ModuleSortKey = (typeof moduleSortKeys)[number];

/** The page's list: every matching module, sorted by any column (a registry is small). */
export async function listModulesSorted(
  deps: ReadDeps,
  filter: ModuleFilter,
  sort: { key: ModuleSortKey; dir: "asc" | "desc" },
): Promise<ModuleRow[]> {
  const column = modules[sort.key];
  return deps.database.db
    .select()
    .from(modules)
    .where(filterClause(filter))
    .orderBy(sort.dir === "asc" ? asc(column) : desc(column), asc(modules.name))
    .limit(1000);
}

export async function moduleKinds(deps: ReadDeps): Promise<string[]> {
  const rows = await deps.database.db
    .selectDistinct({ kind: modules.kind })
    .from(modules)
    .orderBy(asc(modules.kind));
  return rows.map((r) => r.kind);
}

export async function moduleStatusCounts(deps: ReadDeps): Promise<Record<ModuleStatus, number>> {
  const rows = await deps.database.db
    .select({ status: modules.status, n: count() })
    .from(modules)
    .groupBy(modules.status);
  const counts = { active: 0, warning: 0, error: 0, inactive: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export async function getModule(deps: ReadDeps, id: string): Promise<ModuleRow> {
  const [row] = await deps.database.db.select().from(modules).where(eq(modules.id, id));
  if (!row) throw new ModuleNotFoundError();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Cached reads (the API's GET /modules and GET /modules/{id})
//
// Kept until the module changes: every write below and every probe result invalidates (tags
// "modules" for lists, "module:<id>" for one module), on every instance when the cache is Redis.
// The TTL is only a backstop against a change made behind NEXUS's back (a manual SQL edit).
// Authorization: module data is the same for every reader today (any role that may read sees
// every module and every field), so the entries are shared by all audiences. If a field or a
// module ever becomes visible to some readers only, the audience must join the cache key.

export const MODULE_CACHE_TTL_MS = 5 * 60_000;

export type PublicModulePage = { items: PublicModule[]; nextCursor: string | null };

export async function listModulesCached(
  deps: ModuleDeps,
  query: ModuleFilter & { limit: number; cursor?: string },
  options: { fresh?: boolean } = {},
): Promise<PublicModulePage> {
  if (options.fresh) {
    const page = await listModules(deps, query);
    return { items: page.items.map(toPublicModule), nextCursor: page.nextCursor };
  }
  const key = `list:${JSON.stringify([query.status ?? null, query.kind ?? null, query.limit, query.cursor ?? null])}`;
  return deps.cache.getOrCompute(
    cacheNames.modules,
    key,
    MODULE_CACHE_TTL_MS,
    async () => {
      const page = await listModules(deps, query);
      return { items: page.items.map(toPublicModule), nextCursor: page.nextCursor };
    },
    { tags: [cacheTags.modules] },
  );
}

/** One module in its public shape; throws ModuleNotFoundError (a miss is not cached). */
export async function getModuleCached(deps: ModuleDeps, id: string): Promise<PublicModule> {
  return deps.cache.getOrCompute(
    cacheNames.modules,
    `one:${id}`,
    MODULE_CACHE_TTL_MS,
    async () => toPublicModule(await getModule(deps, id)),
    { tags: [cacheTags.module(id)] },
  );
}

/** Call after any change to a module row, before answering the request that made it. */
export async function invalidateModuleCaches(
  deps: { cache: Cache },
  moduleId: string,
): Promise<void> {
  await deps.cache.invalidateTag(cacheTags.modules, cacheTags.module(moduleId));
}

export async function statusHistory(deps: ReadDeps, moduleId: string, limit = 50) {
  return deps.database.db
    .select()
    .from(moduleStatusHistory)
    .where(eq(moduleStatusHistory.moduleId, moduleId))
    .orderBy(desc(moduleStatusHistory.createdAt), desc(moduleStatusHistory.id))
    .limit(limit);
}

export async function recentProbes(deps: ReadDeps, moduleId: string, limit = 60) {
  return deps.database.db
    .select()
    .from(moduleProbes)
    .where(eq(moduleProbes.moduleId, moduleId))
    .orderBy(desc(moduleProbes.createdAt))
    .limit(limit);
}

export function toPublicStatusChange(row: typeof moduleStatusHistory.$inferSelect) {
  return {
    id: row.id,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Records a status change in the module's history and in the activity log, and announces it.
 * Used by people's edits and by probes alike.
 */
export async function recordStatusChange(
  deps: ModuleDeps,
  module: Pick<ModuleRow, "id" | "name" | "slug">,
  from: ModuleStatus | null,
  to: ModuleStatus,
  reason: string,
  actor: ActingAs,
) {
  const db = deps.database.db;
  await db
    .insert(moduleStatusHistory)
    .values({ moduleId: module.id, fromStatus: from, toStatus: to, reason });
  await recordActivity(
    db,
    {
      type: "module.status_changed",
      actor,
      subject: { type: "module", id: module.id },
      summary: `${module.name} is ${to}${from ? ` (was ${from})` : ""}: ${reason}`,
      data: { from, to, reason, slug: module.slug },
    },
    deps.events,
  );
  deps.events.emit("module", { change: "status", moduleId: module.id });
}

export async function createModule(
  deps: ModuleDeps,
  input: CreateModuleInput,
  actor: ActingAs,
): Promise<ModuleRow> {
  const db = deps.database.db;
  let row: ModuleRow | undefined;
  try {
    [row] = await db
      .insert(modules)
      .values({
        slug: input.slug,
        name: input.name,
        description: input.description ?? "",
        kind: input.kind,
        status: input.status ?? "inactive",
        integrationLevel: input.integrationLevel ?? 0,
        load: input.load ?? 0,
        metrics: input.metrics ?? {},
        healthEndpoint: input.healthEndpoint ?? null,
        probeIntervalSeconds: input.probeIntervalSeconds ?? 30,
        probeTimeoutMs: input.probeTimeoutMs ?? 2000,
        public: input.public ?? false,
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(input.slug);
    throw error;
  }
  const created = row!;
  // Lists change; nothing can be cached under the new id yet (a miss is never cached).
  await deps.cache.invalidateTag(cacheTags.modules);
  await recordActivity(
    db,
    {
      type: "module.created",
      actor,
      subject: { type: "module", id: created.id },
      summary: `${actor.label} registered ${created.name} (${created.slug})`,
      data: { slug: created.slug, kind: created.kind },
    },
    deps.events,
  );
  await db.insert(moduleStatusHistory).values({
    moduleId: created.id,
    fromStatus: null,
    toStatus: created.status,
    reason: `registered by ${actor.label}`,
  });
  deps.events.emit("module", {
    change: "created",
    moduleId: created.id,
    module: toPublicModule(created),
  });
  return created;
}

/**
 * Applies a partial change. The row is locked for the read-check-write, so concurrent writers
 * queue instead of failing: a write without `expectedVersion` always applies on top of the
 * latest state (each one a version step), and one with it is refused only when that version is
 * no longer the current one.
 */
export async function updateModule(
  deps: ModuleDeps,
  id: string,
  changes: UpdateModuleInput,
  expectedVersion: number | undefined,
  actor: ActingAs,
): Promise<ModuleRow> {
  const db = deps.database.db;
  const values = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<typeof modules.$inferInsert>;
  let before: ModuleRow;
  let updated: ModuleRow;
  try {
    ({ before, updated } = await db.transaction(async (tx) => {
      const [locked] = await tx.select().from(modules).where(eq(modules.id, id)).for("update");
      if (!locked) throw new ModuleNotFoundError();
      if (expectedVersion !== undefined && expectedVersion !== locked.version) {
        throw new VersionConflictError(locked.version);
      }
      const timeout = changes.probeTimeoutMs ?? locked.probeTimeoutMs;
      const interval = changes.probeIntervalSeconds ?? locked.probeIntervalSeconds;
      if (timeout >= interval * 1000) {
        throw new InvalidModuleChangeError(
          "probeTimeoutMs",
          "The timeout must be shorter than the probe interval",
        );
      }
      const [row] = await tx
        .update(modules)
        .set({ ...values, version: sql`${modules.version} + 1` })
        .where(eq(modules.id, id))
        .returning();
      return { before: locked, updated: row! };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(changes.slug ?? "");
    throw error;
  }
  await invalidateModuleCaches(deps, id);
  const changed = (Object.keys(values) as (keyof ModuleRow)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(updated[key]),
  );
  if (changed.length > 0) {
    await recordActivity(
      db,
      {
        type: "module.updated",
        actor,
        subject: { type: "module", id },
        summary: `${actor.label} changed ${changed.join(", ")} of ${updated.name}`,
        data: { fields: changed, version: updated.version },
      },
      deps.events,
    );
  }
  if (changes.status && changes.status !== before.status) {
    await recordStatusChange(
      deps,
      updated,
      before.status,
      changes.status,
      `set by ${actor.label}`,
      actor,
    );
  }
  deps.events.emit("module", { change: "updated", moduleId: id, module: toPublicModule(updated) });
  return updated;
}

export async function deleteModule(
  deps: ModuleDeps,
  id: string,
  expectedVersion: number | undefined,
  actor: ActingAs,
): Promise<ModuleRow> {
  const db = deps.database.db;
  // One statement: without a version the delete wins over any concurrent edit; with one it
  // happens only while that version is the current one.
  const [deleted] = await db
    .delete(modules)
    .where(
      and(
        eq(modules.id, id),
        expectedVersion === undefined ? undefined : eq(modules.version, expectedVersion),
      ),
    )
    .returning();
  if (!deleted) throw new VersionConflictError((await getModule(deps, id)).version);
  await invalidateModuleCaches(deps, id);
  await recordActivity(
    db,
    {
      type: "module.deleted",
      actor,
      subject: { type: "module", id },
      summary: `${actor.label} removed ${deleted.name} (${deleted.slug})`,
      data: { slug: deleted.slug },
    },
    deps.events,
  );
  deps.events.emit("module", { change: "deleted", moduleId: id });
  return deleted;
}
