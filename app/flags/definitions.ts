/**
 * The feature flags NEXUS knows. Each has a default (overridable per deployment with NEXUS_FLAGS)
 * and may be overridden by an admin on the Flags page or through `PATCH /api/v1/flags/{key}`.
 * Safe for the browser: no server imports.
 */
export const flagDefinitions = {
  "cache.redis": {
    label: "Redis cache",
    description:
      "Cache reads in Upstash Redis, shared by every instance. Off: each instance caches in its own memory. Has no effect without UPSTASH_REDIS_REST_URL.",
    default: true,
  },
  "ai.advanced": {
    label: "Advanced AI",
    description:
      "The goal pipeline (plan, execute, verify) and AI agents. Off: new goal runs and agent replies are refused; single answers on the SAGE console still work.",
    default: true,
  },
  "cluster.leases": {
    label: "Cluster mode",
    description:
      "Background jobs (metrics sampling, model discovery, trimming) take a lease so only one instance runs each. Off: every instance runs every job, as a single instance should. Module probes are claimed per module in the database either way.",
    default: true,
  },
  realtime: {
    label: "Realtime",
    description:
      "Push live updates (dashboard, goal runs, rooms) through PartyKit. Off: nothing is pushed and pages stop connecting; everything still works on reload.",
    default: true,
  },
  "reviews.autoApprove": {
    label: "Auto-approve reviews",
    description:
      "Approve a new review request on its own when at least 3 similar past requests were decided by people and more than 80% of them were approved. Recorded as auto-approved.",
    default: false,
  },
} as const satisfies Record<string, { label: string; description: string; default: boolean }>;

export type FlagKey = keyof typeof flagDefinitions;
export const flagKeys = Object.keys(flagDefinitions) as FlagKey[];

export function isFlagKey(value: string): value is FlagKey {
  return Object.hasOwn(flagDefinitions, value);
}

/**
 * Parses NEXUS_FLAGS: `key=on,key=off` (also true/false, 1/0). Returns the overrides or the
 * problem, naming the bad entry.
 */
export function parseFlagDefaults(
  raw: string,
): { ok: true; value: Partial<Record<FlagKey, boolean>> } | { ok: false; error: string } {
  const value: Partial<Record<FlagKey, boolean>> = {};
  for (const entry of raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [key, setting, ...rest] = entry.split("=").map((p) => p.trim());
    if (!key || setting === undefined || rest.length > 0) {
      return { ok: false, error: `"${entry}" is not key=on or key=off` };
    }
    if (!isFlagKey(key)) {
      return { ok: false, error: `"${key}" is not a flag (flags: ${flagKeys.join(", ")})` };
    }
    const on = ["on", "true", "1"].includes(setting.toLowerCase());
    const off = ["off", "false", "0"].includes(setting.toLowerCase());
    if (!on && !off) return { ok: false, error: `"${entry}": use on or off` };
    value[key] = on;
  }
  return { ok: true, value };
}
