/**
 * The drizzle schema: the single source of the database's shape. Migrations in `drizzle/` are
 * generated from it (`npm run db:generate`), never written by hand once they land.
 * Every id is a UUID; every timestamp is `timestamptz`.
 *
 * One file per domain; each imports only `columns.ts` and the domains whose tables it references
 * (most reference `accounts.ts` for users), so references point one way and no file is evaluated
 * before what it reads. Import the schema from here.
 */
export * from "./accounts.ts";
export * from "./activity.ts";
export * from "./alerts.ts";
export * from "./columns.ts";
export * from "./emergency.ts";
export * from "./flags.ts";
export * from "./goals.ts";
export * from "./knowledge.ts";
export * from "./leases.ts";
export * from "./metrics.ts";
export * from "./modules.ts";
export * from "./reviews.ts";
export * from "./rooms.ts";
export * from "./sage.ts";
export * from "./settings.ts";
export * from "./uptime.ts";
