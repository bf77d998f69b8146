import { and, gte, lt, lte, sql } from "drizzle-orm";
import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { isoDateTime } from "#app/api/schemas.ts";
import { InvalidFieldError } from "#app/utils/domain-errors.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { aiCalls, aiProviders } from "#db/schema/index.ts";

/** AI usage from `ai_calls`: per model and UTC day for the API, the last hour for the metrics. */

export const MAX_USAGE_RANGE_DAYS = 92;
const DAY_MS = 24 * 3_600_000;

export const usageQuerySchema = z.object({
  from: isoDateTime("from", "from must be an ISO 8601 date-time")
    .optional()
    .describe("Start of the range (default: 7 days before `to`)."),
  to: isoDateTime("to", "to must be an ISO 8601 date-time")
    .optional()
    .describe("End of the range, exclusive (default: now)."),
});

export const usageRowSchema = named(
  "AiUsageDay",
  z.object({
    day: z.iso.date().describe("UTC day."),
    provider: z.enum(aiProviders),
    model: z.string(),
    calls: z.number().int(),
    errors: z.number().int(),
    aborted: z.number().int(),
    promptTokens: z.number().int(),
    completionTokens: z.number().int(),
    p50LatencyMs: z.number().nullable().describe("Over successful calls."),
    p95LatencyMs: z.number().nullable(),
    cost: z.number().describe("USD."),
  }),
);

export const usageReportSchema = named(
  "AiUsageReport",
  z.object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    days: z.array(usageRowSchema).describe("Oldest day first; within a day by provider and model."),
    totals: z.object({
      calls: z.number().int(),
      errors: z.number().int(),
      promptTokens: z.number().int(),
      completionTokens: z.number().int(),
      cost: z.number(),
    }),
  }),
);

export class UsageQueryError extends InvalidFieldError {
  constructor(
    readonly field: "from" | "to",
    message: string,
  ) {
    super([{ in: "query", path: field, message }], message);
  }
}

export async function usageReport(
  deps: { database: DatabaseHandle },
  query: z.output<typeof usageQuerySchema>,
  now = new Date(),
): Promise<z.infer<typeof usageReportSchema>> {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * DAY_MS);
  if (to <= from) throw new UsageQueryError("to", "to must be after from.");
  if (to.getTime() - from.getTime() > MAX_USAGE_RANGE_DAYS * DAY_MS) {
    throw new UsageQueryError("from", `The range may span at most ${MAX_USAGE_RANGE_DAYS} days.`);
  }
  const day = sql<string>`to_char(${aiCalls.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const ok = sql`${aiCalls.status} = 'ok'`;
  const rows = await deps.database.db
    .select({
      day,
      provider: aiCalls.provider,
      model: aiCalls.model,
      calls: sql<number>`count(*)::int`.mapWith(Number),
      errors: sql<number>`(count(*) filter (where ${aiCalls.status} = 'error'))::int`.mapWith(
        Number,
      ),
      aborted: sql<number>`(count(*) filter (where ${aiCalls.status} = 'aborted'))::int`.mapWith(
        Number,
      ),
      promptTokens: sql<number>`coalesce(sum(${aiCalls.promptTokens}), 0)::bigint`.mapWith(Number),
      completionTokens: sql<number>`coalesce(sum(${aiCalls.completionTokens}), 0)::bigint`.mapWith(
        Number,
      ),
      p50: sql<
        number | null
      >`percentile_cont(0.5) within group (order by ${aiCalls.latencyMs}) filter (where ${ok})`,
      p95: sql<
        number | null
      >`percentile_cont(0.95) within group (order by ${aiCalls.latencyMs}) filter (where ${ok})`,
      cost: sql<number>`coalesce(sum(${aiCalls.cost}), 0)::float8`.mapWith(Number),
    })
    .from(aiCalls)
    .where(and(gte(aiCalls.createdAt, from), lt(aiCalls.createdAt, to)))
    .groupBy(day, aiCalls.provider, aiCalls.model)
    .orderBy(day, aiCalls.provider, aiCalls.model);
  const num = (v: unknown) =>
    v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10;
  const days = rows.map((r) => ({
    day: r.day,
    provider: r.provider,
    model: r.model,
    calls: r.calls,
    errors: r.errors,
    aborted: r.aborted,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    p50LatencyMs: num(r.p50),
    p95LatencyMs: num(r.p95),
    cost: Math.round(r.cost * 1e6) / 1e6,
  }));
  const sum = (key: "calls" | "errors" | "promptTokens" | "completionTokens" | "cost") =>
    days.reduce((total, d) => total + d[key], 0);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    days,
    totals: {
      calls: sum("calls"),
      errors: sum("errors"),
      promptTokens: sum("promptTokens"),
      completionTokens: sum("completionTokens"),
      cost: Math.round(sum("cost") * 1e6) / 1e6,
    },
  };
}

/** Calls, tokens and cost of the last hour, for the metrics collector. */
export async function lastHourFigures(db: Database, now = new Date()) {
  const [row] = await db
    .select({
      calls: sql<number>`count(*)::int`.mapWith(Number),
      tokens:
        sql<number>`coalesce(sum(${aiCalls.promptTokens} + ${aiCalls.completionTokens}), 0)::bigint`.mapWith(
          Number,
        ),
      cost: sql<number>`coalesce(sum(${aiCalls.cost}), 0)::float8`.mapWith(Number),
    })
    .from(aiCalls)
    .where(
      and(gte(aiCalls.createdAt, new Date(now.getTime() - 3_600_000)), lte(aiCalls.createdAt, now)),
    );
  return row ?? { calls: 0, tokens: 0, cost: 0 };
}
