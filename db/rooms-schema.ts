/** Moved to db/schema/rooms.ts; import `#db/schema/index.ts`. */
export * from "./schema/rooms.ts";
