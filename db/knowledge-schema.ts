/** Moved to db/schema/knowledge.ts; import `#db/schema/index.ts`. */
export * from "./schema/knowledge.ts";
