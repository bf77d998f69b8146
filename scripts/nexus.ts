/**
 * `npm run nexus -- <command> [--flags]`: account automation against the configured database.
 * Works whether NEXUS runs or not: on embedded defaults it joins the running Postgres, or starts it.
 *
 *   users:create       --email E --password P --role viewer|operator|admin [--name N]
 *   users:set-password --email E --password P
 *   tokens:create      --email E --name N --scope read|write|admin [--expires-days D]
 *
 * tokens:create prints the new token alone on its last line.
 */
import { parseArgs } from "node:util";
import { z } from "zod/v4";
import { strongPasswordSchema } from "../app/accounts/password-rules.server.ts";
import { emailSchema, roleSchema, scopeSchema } from "../app/accounts/schemas.ts";
import { createToken, ScopeTooHighError } from "../app/accounts/tokens.server.ts";
import {
  createUser,
  EmailTakenError,
  findUserByEmail,
  updateUser,
} from "../app/accounts/users.server.ts";
import { loadConfig } from "../app/config/config.server.ts";
import { ConfigError } from "../app/config/env.server.ts";
import { openForCommand } from "../db/embedded.ts";
import { migrate } from "../db/migrate.ts";

const cli = { id: null, label: "cli" };

const commands = {
  "users:create": z.object({
    email: emailSchema,
    password: strongPasswordSchema,
    role: roleSchema,
    name: z.string().trim().min(1).max(100).optional(),
  }),
  "users:set-password": z.object({ email: emailSchema, password: strongPasswordSchema }),
  "tokens:create": z.object({
    email: emailSchema,
    name: z.string({ error: "--name is required" }).trim().min(1, "--name is required").max(100),
    scope: scopeSchema,
    "expires-days": z.coerce.number().int().positive().optional(),
  }),
} as const;

type Command = keyof typeof commands;

class UsageError extends Error {}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !(command in commands)) {
    throw new UsageError(`Commands: ${Object.keys(commands).join(", ")}`);
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      scope: { type: "string" },
      "expires-days": { type: "string" },
    },
    strict: true,
  });
  const parsed = await commands[command as Command].safeParseAsync(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`);
    throw new UsageError(`${command}: invalid arguments\n${problems.join("\n")}`);
  }
  const args = parsed.data as Record<string, string | number | undefined>;

  const config = await loadConfig();
  const database = await openForCommand(config.database);
  try {
    await migrate(database.db);
    const db = database.db;
    const email = String(args.email);
    if (command === "users:create") {
      const user = await createUser(
        db,
        {
          email,
          password: String(args.password),
          role: args.role as z.infer<typeof roleSchema>,
          name: (args.name as string | undefined) ?? email.split("@")[0]!,
        },
        cli,
      );
      console.log(`created ${user.email} (${user.role}) ${user.id}`);
      return;
    }
    const user = await findUserByEmail(db, email);
    if (!user) throw new UsageError(`No user with the e-mail ${email}.`);
    if (command === "users:set-password") {
      await updateUser(db, user.id, { password: String(args.password) }, cli);
      console.log(`password changed for ${user.email}`);
      return;
    }
    const days = args["expires-days"] as number | undefined;
    const { token, row } = await createToken(
      db,
      user,
      {
        name: String(args.name),
        scope: args.scope as z.infer<typeof scopeSchema>,
        expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
      },
      cli,
    );
    console.log(`created ${row.scope} token "${row.name}" (${row.prefix}) for ${user.email}`);
    console.log(token);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof EmailTakenError ||
    error instanceof ScopeTooHighError
  ) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
