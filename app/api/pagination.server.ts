import { type Column, getTableColumns, type SQL, sql, type Table } from "drizzle-orm";
import { z } from "zod/v4";
import { isStorableTime } from "#app/api/schemas.ts";

/**
 * Cursor pagination, one way for every list: items ordered by (createdAt, id), the cursor the
 * last item's pair, opaque to clients. Stable under inserts, unlike offsets.
 *
 * The time in a cursor is the row's `created_at` exactly as Postgres stores it, to the
 * microsecond, read as text in SQL (`cursorTime`) and compared in SQL: a JavaScript Date keeps
 * milliseconds, and rows made within one millisecond would repeat or be skipped between pages
 * (docs/decisions/015-exact-cursors.md).
 */
const cursorPattern = /^[A-Za-z0-9_-]{1,200}$/;

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be between 1 and 100")
    .max(100, "limit must be between 1 and 100")
    .default(50),
  cursor: z
    .string()
    .regex(cursorPattern, "cursor is not one this API gave out")
    .refine((value) => decodeCursor(value) !== null, "cursor is not one this API gave out")
    .optional(),
});

/** What a row needs to be a cursor: its exact creation time (see `cursorTime`) and its id. */
export interface Cursor {
  cursorAt: string;
  id: string;
}

/** A decoded cursor: the time as `timestamptz` text to the microsecond, and the id. */
export interface DecodedCursor {
  time: string;
  id: string;
}

/** `created_at` as UTC text to the microsecond, e.g. 2026-01-01T00:00:00.000001Z. */
export function cursorTime(createdAt: Column): SQL<string> {
  return sql<string>`to_char(${createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A table's columns and its rows' `cursorAt`: what a cursor-paged list selects. */
export function withCursor<T extends Table & { createdAt: Column }>(table: T) {
  return {
    ...(getTableColumns(table) as T["_"]["columns"]),
    cursorAt: cursorTime(table.createdAt),
  };
}

/** The cursor of a row; `rank` for a list ordered by something before the time (reviews). */
export function encodeCursor(row: Cursor, rank?: string): string {
  const text = `${row.cursorAt}|${row.id}${rank === undefined ? "" : `|${rank}`}`;
  return Buffer.from(text).toString("base64url");
}

/**
 * Microseconds, as written since exact cursors; milliseconds, as cursors given out before them
 * were (read as that exact millisecond).
 */
const timePattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(\d{3})?Z$/;

function decodeParts(
  value: string,
  parts: number,
): { cursor: DecodedCursor; rest: string[] } | null {
  const [iso, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (rest.length !== parts - 2) return null;
  const match = timePattern.exec(iso ?? "");
  if (!match) return null;
  const millis = `${match[1]}Z`;
  const time = Date.parse(millis);
  if (!isStorableTime(time)) return null;
  // Only real instants: JavaScript's lenient parsing would roll 02-30 over into March.
  if (new Date(time).toISOString() !== millis) return null;
  if (!id || !z.uuid().safeParse(id).success) return null;
  return { cursor: { time: `${match[1]}${match[2] ?? "000"}Z`, id }, rest };
}

/** The cursor's pair, or null unless it is exactly what `encodeCursor` could have written. */
export function decodeCursor(value: string): DecodedCursor | null {
  return decodeParts(value, 2)?.cursor ?? null;
}

/** A cursor written with a `rank` (one of `ranks`), or null. */
export function decodeRankedCursor<R extends string>(
  value: string,
  ranks: readonly R[],
): (DecodedCursor & { rank: R }) | null {
  const decoded = decodeParts(value, 3);
  const rank = decoded?.rest[0] as R | undefined;
  if (!decoded || rank === undefined || !ranks.includes(rank)) return null;
  return { ...decoded.cursor, rank };
}

/** (createdAt, id) compared with the cursor's, in SQL, so no precision is lost on the way. */
export function beyondCursor(
  cursor: DecodedCursor,
  columns: { createdAt: Column; id: Column },
  descending: boolean,
): SQL {
  const pair = sql`(${cursor.time}::timestamptz, ${cursor.id}::uuid)`;
  return descending
    ? sql`(${columns.createdAt}, ${columns.id}) < ${pair}`
    : sql`(${columns.createdAt}, ${columns.id}) > ${pair}`;
}

/** Rows after the cursor in (createdAt, id) order, newest first when `descending`. */
export function afterCursor(
  cursor: string | undefined,
  columns: { createdAt: Column; id: Column },
  descending = true,
): SQL | undefined {
  const decoded = cursor ? decodeCursor(cursor) : null;
  if (!decoded) return undefined;
  return beyondCursor(decoded, columns, descending);
}

/** Splits a fetched `limit + 1` rows (selected `withCursor`) into the page and the next cursor. */
export function pageOf<T extends Cursor>(rows: T[], limit: number, rank?: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(last, rank?.(last)) : null,
  };
}
