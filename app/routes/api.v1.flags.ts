import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { flagKeys } from "#app/flags/definitions.ts";
import {
  describeFlags,
  flagPublicSchema,
  flagUpdateSchema,
  updateFlag,
} from "#app/flags/flags.server.ts";

const patchSchema = named(
  "FeatureFlagPatch",
  flagUpdateSchema.extend({
    key: z.enum(flagKeys as [string, ...string[]], {
      error: `key must be one of ${flagKeys.join(", ")}`,
    }),
  }),
);

export const api = defineApi("/flags", {
  GET: operation({
    id: "listFlags",
    access: "read",
    summary: "Every feature flag, with its default and any override in force",
    tags: ["flags"],
    response: z.array(flagPublicSchema),
    handler: ({ context }) => describeFlags(context.services.flags),
  }),
  PATCH: operation({
    id: "updateFlag",
    access: "flags:manage",
    summary: "Turn a feature on or off for the whole deployment (admins)",
    description:
      "`enabled: null` removes the override, so the default applies again. Takes effect at once on this instance and within 2 s on every other; recorded in the activity log.",
    tags: ["flags"],
    body: patchSchema,
    response: flagPublicSchema,
    handler: async ({ body, actor, context }) => {
      const { key, ...update } = body;
      return updateFlag(
        context.services,
        key as (typeof flagKeys)[number],
        update,
        actingAs(actor, context),
      );
    },
  }),
});

export const { loader, action } = api;
