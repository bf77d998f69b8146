/**
 * `npm run db:migrate | db:rollback | db:seed` against the configured database (on embedded
 * defaults the Postgres server in the data folder, joined if NEXUS runs, else started for the
 * command).
 */
import { createCache } from "../app/cache/cache.server.ts";
import { loadConfig } from "../app/config/config.server.ts";
import { ConfigError } from "../app/config/env.server.ts";
import { DomainEvents } from "../app/utils/events.server.ts";
import { openForCommand } from "./embedded.ts";
import { appliedMigrations, migrate, rollback } from "./migrate.ts";
import { DEV_ADMIN, seed } from "./seed.ts";

const command = process.argv[2];
const usage = "usage: db/cli.ts migrate | rollback | seed";

async function main(): Promise<number> {
  if (!command || !["migrate", "rollback", "seed"].includes(command)) {
    console.error(usage);
    return 64;
  }
  const config = await loadConfig();
  if (command === "seed" && config.isProduction) {
    console.error(
      "Refusing to seed: NODE_ENV is production. Seeding is for development installs (NODE_ENV=development).",
    );
    return 1;
  }
  const database = await openForCommand(config.database);
  try {
    if (command === "migrate") {
      await migrate(database.db);
      console.log(`migrated: ${(await appliedMigrations(database.db)).length} migrations applied`);
    } else if (command === "rollback") {
      const tag = await rollback(database.db);
      console.log(tag ? `rolled back ${tag}` : "nothing to roll back");
    } else {
      await migrate(database.db);
      // The cache is passed so a running NEXUS on Redis sees the seeded modules at once.
      const cache = createCache(config.cache);
      const result = await seed({ database, events: new DomainEvents(), cache }).finally(() =>
        cache.close(),
      );
      console.log(`seeded: ${result.modules} modules, ${result.users} users`);
      if (result.users > 0) {
        console.log(`development admin: ${DEV_ADMIN.email} / ${DEV_ADMIN.password}`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
