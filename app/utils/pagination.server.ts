import { and, type Column, eq, gt, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod/v4";
import { isStorableTime } from "#app/utils/api-schemas.ts";

/**
 * Cursor pagination, one way for every list: items ordered by (createdAt, id), the cursor the
 * last item's pair, opaque to clients. Stable under inserts, unlike offsets.
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

export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Cursor): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

/** The cursor's pair, or null unless it is exactly what `encodeCursor` could have written. */
export function decodeCursor(value: string): Cursor | null {
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const time = Date.parse(iso ?? "");
  if (!isStorableTime(time)) return null;
  const createdAt = new Date(time);
  // Only the form encodeCursor writes: JavaScript's lenient parsing reads "12" as 2001-12-01.
  if (createdAt.toISOString() !== iso) return null;
  if (!id || !z.uuid().safeParse(id).success) return null;
  return { createdAt, id };
}

/** Rows after the cursor in (createdAt, id) order, newest first when `descending`. */
export function afterCursor(
  cursor: string | undefined,
  columns: { createdAt: Column; id: Column },
  descending = true,
): SQL | undefined {
  const decoded = cursor ? decodeCursor(cursor) : null;
  if (!decoded) return undefined;
  const cmp = descending ? lt : gt;
  return or(
    cmp(columns.createdAt, decoded.createdAt),
    and(eq(columns.createdAt, decoded.createdAt), cmp(columns.id, decoded.id)),
  );
}

/** Splits a fetched `limit + 1` rows into the page and the next cursor. */
export function pageOf<T extends Cursor>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
