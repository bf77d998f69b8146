import { eq } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { named } from "#app/api/schema-registry.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "#app/realtime/room-token.ts";
import { FeatureDisabledError, NotFoundError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { featureFlags } from "#db/schema/index.ts";
import { type FlagKey, flagDefinitions, flagKeys, isFlagKey } from "./definitions.ts";

/** How often each instance re-reads the overrides: a change reaches every instance within this. */
export const FLAG_REFRESH_MS = 2_000;

interface Override {
  enabled: boolean;
  note: string | null;
  updatedBy: string | null;
  updatedAt: Date;
}

/**
 * The flags in force on this instance. `enabled(key)` is the one place a flag is evaluated: an
 * admin's override (a row in `feature_flags`) if there is one, else the deployment's default
 * (NEXUS_FLAGS), else the built-in default. It is synchronous, so hot paths (every cache call)
 * can ask: the overrides are re-read every FLAG_REFRESH_MS in the background, and at once on the
 * instance that changed them. When the database cannot be read, the last known overrides stay.
 */
export interface FlagStore {
  enabled(key: FlagKey): boolean;
  defaultOf(key: FlagKey): boolean;
  override(key: FlagKey): Override | undefined;
  /** Re-reads the overrides now. */
  refresh(): Promise<void>;
  stop(): void;
}

export function createFlagStore(
  db: Database,
  options: { defaults?: Partial<Record<FlagKey, boolean>>; log?: Logger; refreshMs?: number } = {},
): FlagStore {
  let overrides = new Map<FlagKey, Override>();
  let failing = false;
  const defaultOf = (key: FlagKey) => options.defaults?.[key] ?? flagDefinitions[key].default;
  const refresh = async () => {
    try {
      const rows = await db.select().from(featureFlags);
      const next = new Map<FlagKey, Override>();
      for (const row of rows) {
        if (isFlagKey(row.key)) {
          next.set(row.key, {
            enabled: row.enabled,
            note: row.note,
            updatedBy: row.updatedBy,
            updatedAt: row.updatedAt,
          });
        }
      }
      overrides = next;
      failing = false;
    } catch (error) {
      if (!failing)
        options.log?.warn({ err: error }, "could not read feature flags; keeping the last known");
      failing = true;
    }
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void refresh().finally(() => {
      running = false;
    });
  }, options.refreshMs ?? FLAG_REFRESH_MS);
  timer.unref();
  return {
    enabled: (key) => overrides.get(key)?.enabled ?? defaultOf(key),
    defaultOf,
    override: (key) => overrides.get(key),
    refresh,
    stop: () => clearInterval(timer),
  };
}

// ---------------------------------------------------------------------------------------------
// The API and page's view

export const flagPublicSchema = named(
  "FeatureFlag",
  z.object({
    key: z.enum(flagKeys as [FlagKey, ...FlagKey[]]),
    label: z.string(),
    description: z.string(),
    enabled: z.boolean().describe("In force now."),
    default: z.boolean().describe("What applies without an override (NEXUS_FLAGS or built in)."),
    overridden: z.boolean(),
    note: z.string().nullable(),
    updatedBy: z.uuid().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
);
export type PublicFlag = z.output<typeof flagPublicSchema>;

export function describeFlags(flags: FlagStore): PublicFlag[] {
  return flagKeys.map((key) => {
    const override = flags.override(key);
    return {
      key,
      label: flagDefinitions[key].label,
      description: flagDefinitions[key].description,
      enabled: flags.enabled(key),
      default: flags.defaultOf(key),
      overridden: override !== undefined,
      note: override?.note ?? null,
      updatedBy: override?.updatedBy ?? null,
      updatedAt: override?.updatedAt.toISOString() ?? null,
    };
  });
}

export const flagKeyParamsSchema = z.object({
  key: z.string().refine(isFlagKey, { error: `key must be one of ${flagKeys.join(", ")}` }),
});

export const flagUpdateSchema = named(
  "FeatureFlagUpdate",
  z
    .object({
      enabled: z
        .boolean({ error: "enabled must be true, false or null (back to the default)" })
        .nullable(),
      note: z.string().trim().max(500, "note must be at most 500 characters").optional(),
    })
    .strict(),
);

/**
 * Sets (or, with `enabled: null`, removes) an admin's override, takes it into use on this
 * instance at once (others within FLAG_REFRESH_MS), tells open pages, and records who did it.
 */
export async function updateFlag(
  services: {
    database: DatabaseHandle;
    flags: FlagStore;
    events: DomainEvents;
    realtime: Realtime;
  },
  key: FlagKey,
  input: z.output<typeof flagUpdateSchema>,
  actor: ActingAs,
): Promise<PublicFlag> {
  if (!isFlagKey(key)) throw new NotFoundError(`No flag ${key}.`);
  const before = services.flags.enabled(key);
  const db = services.database.db;
  if (input.enabled === null) {
    await db.delete(featureFlags).where(eq(featureFlags.key, key));
  } else {
    const values = {
      key,
      enabled: input.enabled,
      note: input.note || null,
      updatedBy: actor.id,
      updatedAt: new Date(),
    };
    await db
      .insert(featureFlags)
      .values(values)
      .onConflictDoUpdate({ target: featureFlags.key, set: values });
  }
  await services.flags.refresh();
  const after = services.flags.enabled(key);
  const label = flagDefinitions[key].label;
  await recordActivity(
    db,
    {
      type: "flag.updated",
      actor,
      subject: { type: "flag", id: key },
      summary:
        input.enabled === null
          ? `${actor.label} reset "${label}" to its default (${after ? "on" : "off"})`
          : `${actor.label} turned "${label}" ${after ? "on" : "off"}${input.note ? `: ${input.note}` : ""}`,
      data: { key, before, after, override: input.enabled, note: input.note ?? null },
    },
    services.events,
  );
  void services.realtime.publish(METRICS_PARTY, METRICS_ROOM, {
    type: "flags",
    data: { key, enabled: after },
  });
  return describeFlags(services.flags).find((f) => f.key === key)!;
}

/** Throws a 403 naming the flag when a feature is turned off. */
export function assertFlag(services: { flags: FlagStore }, key: FlagKey, what: string): void {
  if (!services.flags.enabled(key)) {
    throw new FeatureDisabledError(
      `${what} is turned off (flag ${key}). An admin can turn it on on the Flags page.`,
    );
  }
}
