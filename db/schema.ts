/** Moved to db/schema/ (one file per domain); import `#db/schema/index.ts`. */
export * from "./schema/index.ts";
