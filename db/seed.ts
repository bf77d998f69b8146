import { eq } from "drizzle-orm";
import { createUser, findUserByEmail } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { createModule, type ModuleDeps } from "#app/modules/modules.server.ts";
import { modules } from "./schema/index.ts";

/**
 * Demonstration data for a development install (the CLI refuses it in production). Idempotent:
 * what exists already is left alone. No figure here pretends to be measured: modules start
 * `inactive` with load 0 until someone wires a health endpoint or enters real values.
 */
export const DEV_ADMIN = {
  email: "admin@nexus.local",
  password: "nexus-development",
  name: "Dev Admin",
};

const originalModules = [
  {
    slug: "global_workspace",
    name: "Global Workspace",
    kind: "cognition",
    description:
      "Broadcast hub: selects the most salient content from the other modules and makes it available to all of them (global workspace theory).",
  },
  {
    slug: "social_cognition",
    name: "Social Cognition",
    kind: "cognition",
    description: "Models other agents' beliefs, intentions and likely reactions (theory of mind).",
  },
  {
    slug: "temporal_consciousness",
    name: "Temporal Consciousness",
    kind: "cognition",
    description:
      "Keeps the sense of sequence and duration: what happened before, what is expected next.",
  },
  {
    slug: "value_learning",
    name: "Value Learning",
    kind: "alignment",
    description: "Learns which outcomes people prefer from feedback and corrections.",
  },
  {
    slug: "virtue_learning",
    name: "Virtue Learning",
    kind: "alignment",
    description:
      "Learns dispositions (honesty, care, fairness) from examples rather than fixed rules.",
  },
  {
    slug: "creative_intelligence",
    name: "Creative Intelligence",
    kind: "cognition",
    description: "Generates and recombines ideas; proposes options the other modules evaluate.",
  },
  {
    slug: "consciousness_core",
    name: "Consciousness Core",
    kind: "core",
    description: "Integrates the modules' states into one working self-model.",
  },
  {
    slug: "consciousness_manager",
    name: "Consciousness Manager",
    kind: "core",
    description: "Starts, stops and schedules the other modules; routes work between them.",
  },
  {
    slug: "safety_monitor",
    name: "Safety Monitor",
    kind: "safety",
    description:
      "Watches outputs and actions against safety rules; can trigger the emergency controls.",
  },
];

export async function seed(deps: ModuleDeps): Promise<{ users: number; modules: number }> {
  const db = deps.database.db;
  let users = 0;
  let admin = await findUserByEmail(db, DEV_ADMIN.email);
  if (!admin) {
    admin = await createUser(db, { ...DEV_ADMIN, role: "admin" }, { id: null, label: "seed" });
    users += 1;
  }
  const actor = { id: admin.id, label: "seed" };
  let created = 0;
  for (const module of originalModules) {
    const [existing] = await db.select().from(modules).where(eq(modules.slug, module.slug));
    if (existing) continue;
    await createModule(deps, { ...module, status: "inactive" }, actor);
    created += 1;
  }
  if (created > 0) {
    await recordActivity(
      db,
      {
        type: "system.seeded",
        actor,
        summary: `Development data loaded: ${created} modules, ${users} user(s)`,
        data: { modules: created, users },
      },
      deps.events,
    );
  }
  return { users, modules: created };
}
