import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { getEmergencyState } from "#app/emergency/emergency.server.ts";
import type { Database } from "#db/client.ts";
import { goalRuns, goalSteps } from "#db/schema/index.ts";
import type { AiWorkDeps } from "./generate.server.ts";
import { resumeRun } from "./goal-run.server.ts";
import { acceptsRuns, type GoalRunRow, publishRun, publishStep } from "./goals.server.ts";
import { STALE_MS } from "./work-watch.server.ts";

/**
 * Taking over goal runs whose instance is gone (docs/decisions/041-durable-goal-runs.md). A run
 * is orphaned when it is unfinished and its owner handed it over at shutdown (no heartbeat) or
 * stopped heartbeating STALE_MS ago. `recoverGoalRuns` claims such runs for this instance in one
 * statement (`for update skip locked`, so two instances never claim the same run), closes the
 * step a dead owner left open as interrupted (charging what it was sent and what it wrote), and
 * resumes each from its last completed step. The recovery job (app/server/recovery.server.ts)
 * calls it at start-up and every second on the holder of its lease.
 */

/** Takeovers after which a run is given up: the instances running it keep dying on it. */
export const MAX_RESUMPTIONS = 5;

/** How many runs one claim takes over; a pass claims again while claims come back full. */
const CLAIM_BATCH = 25;

/** How many runs one pass takes over at most (the next pass, a second later, takes more). */
const PASS_LIMIT = 200;

const orphaned: SQL = sql`${goalRuns.status} in ('queued', 'running')
  and ${goalRuns.ownerInstance} is not null
  and (${goalRuns.heartbeatAt} is null
       or ${goalRuns.heartbeatAt} < now() - make_interval(secs => ${STALE_MS / 1000}))`;

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type StepRow = typeof goalSteps.$inferSelect;

/** Closes the steps left running in these runs. */
async function closeOpenSteps(
  tx: Tx | Database,
  runIds: string[],
  status: StepRow["status"],
  error: string,
): Promise<StepRow[]> {
  if (runIds.length === 0) return [];
  return tx
    .update(goalSteps)
    .set({
      status,
      error,
      finishedAt: new Date(),
      // The provider never reported the count: about 4 characters a token of what it wrote.
      completionTokens: sql`greatest(${goalSteps.completionTokens}, ceil(length(${goalSteps.output}) / 4.0)::int)`,
    })
    .where(and(inArray(goalSteps.runId, runIds), eq(goalSteps.status, "running")))
    .returning();
}

/** Adds what the closed steps were charged to their runs' token counts. */
async function charge(tx: Tx, steps: StepRow[]) {
  const byRun = new Map<string, number>();
  for (const s of steps) {
    byRun.set(s.runId, (byRun.get(s.runId) ?? 0) + s.promptTokens + s.completionTokens);
  }
  for (const [runId, tokens] of byRun) {
    await tx
      .update(goalRuns)
      .set({ tokensUsed: sql`${goalRuns.tokensUsed} + ${tokens}` })
      .where(eq(goalRuns.id, runId));
  }
}

/** Ends orphaned runs matching `where` instead of resuming them, their open step with them. */
async function endOrphans(
  deps: AiWorkDeps,
  where: SQL,
  run: { status: "failed" | "cancelled"; error: string },
  step: { status: StepRow["status"]; error: string },
) {
  const { runs, steps } = await deps.database.db.transaction(async (tx) => {
    const runs = await tx
      .update(goalRuns)
      .set({ status: run.status, phase: null, error: run.error, finishedAt: new Date() })
      .where(and(orphaned, where))
      .returning();
    const steps = await closeOpenSteps(
      tx,
      runs.map((r) => r.id),
      step.status,
      step.error,
    );
    await charge(tx, steps);
    return { runs, steps };
  });
  for (const s of steps) publishStep(deps, s);
  for (const r of runs) publishRun(deps, r);
}

/**
 * Claims up to `limit` orphaned runs for this instance: the owner becomes this instance, the
 * previous owner's time is added to what the run has spent, the takeover is recorded in
 * `resumptions`, and the step a dead owner left open is closed as interrupted.
 */
async function claim(deps: AiWorkDeps, limit: number) {
  const me = deps.instanceId;
  return deps.database.db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      with orphaned as (
        select id from ${goalRuns}
        where ${orphaned} and jsonb_array_length(${goalRuns.resumptions}) < ${MAX_RESUMPTIONS}
        order by ${goalRuns.createdAt}
        limit ${limit}
        for update skip locked
      )
      update goal_runs r set
        owner_instance = ${me},
        heartbeat_at = now(),
        status = 'running',
        spent_ms = r.spent_ms + coalesce(greatest(0,
          extract(epoch from (r.heartbeat_at - r.attempt_started_at)) * 1000), 0)::int,
        attempt_started_at = now(),
        resumptions = r.resumptions || jsonb_build_array(jsonb_build_object(
          'at', now(),
          'from', r.owner_instance,
          'to', ${me}::text,
          'reason', case when r.heartbeat_at is null then 'handed-over' else 'owner-lost' end,
          'completedSteps', (select count(*)::int from goal_steps s
            where s.run_id = r.id and s.finished_at is not null
              and s.status in ('succeeded', 'failed'))
        )),
        updated_at = now()
      from orphaned o
      where r.id = o.id
      returning r.id`);
    const ids = (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
    if (ids.length === 0) return { runs: [] as GoalRunRow[], steps: [] as StepRow[] };
    const steps = await closeOpenSteps(
      tx,
      ids,
      "interrupted",
      "Interrupted: the instance running it stopped answering; the step runs again where the run goes on.",
    );
    await charge(tx, steps);
    const runs = await tx.select().from(goalRuns).where(inArray(goalRuns.id, ids));
    return { runs, steps };
  });
}

/**
 * One pass: gives up on runs taken over too often, ends orphans the emergency stop would have
 * stopped (and leaves them waiting while AI work is paused), then takes over the rest here and
 * resumes them. Returns the runs it resumed.
 */
export async function recoverGoalRuns(
  deps: AiWorkDeps,
  options: { limit?: number } = {},
): Promise<GoalRunRow[]> {
  if (!acceptsRuns(deps)) return [];
  const emergency = await getEmergencyState(deps);
  if (emergency.mode === "paused") return [];
  if (emergency.mode === "stopped") {
    await endOrphans(
      deps,
      sql`true`,
      { status: "cancelled", error: "Aborted by the emergency stop: all AI work was stopped." },
      { status: "aborted", error: "Aborted by the emergency stop: all AI work was stopped." },
    );
    return [];
  }
  const givenUp = `Interrupted ${MAX_RESUMPTIONS} times: the instances running it kept stopping, so it is not resumed again.`;
  await endOrphans(
    deps,
    sql`jsonb_array_length(${goalRuns.resumptions}) >= ${MAX_RESUMPTIONS}`,
    { status: "failed", error: givenUp },
    { status: "interrupted", error: givenUp },
  );
  const limit = options.limit ?? PASS_LIMIT;
  const resumed: GoalRunRow[] = [];
  // In batches, each resumed as soon as it is claimed: a restart after which a hundred runs wait
  // resumes them all in one pass, and the first are running before the last are claimed.
  while (resumed.length < limit && acceptsRuns(deps)) {
    const batch = Math.min(CLAIM_BATCH, limit - resumed.length);
    const { runs, steps } = await claim(deps, batch);
    for (const s of steps) publishStep(deps, s);
    for (const run of runs) {
      publishRun(deps, run);
      deps.log.info(
        {
          runId: run.id,
          from: run.resumptions.at(-1)?.from,
          reason: run.resumptions.at(-1)?.reason,
        },
        "goal run taken over from another instance",
      );
      resumeRun(deps, run);
    }
    resumed.push(...runs);
    if (runs.length < batch) break;
  }
  return resumed;
}
