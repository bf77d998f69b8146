import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  AUTO_APPROVE_MIN_DECISIONS,
  createReview,
  type NewReview,
} from "#app/reviews/reviews.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { activityEvents, featureFlags, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  ollama = await startFakeOllama();
  services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
});
afterAll(async () => {
  await settleGoalRuns(services);
  await http?.close();
  await services?.destroy();
  await ollama?.close();
});
afterEach(async () => {
  await settleGoalRuns(services);
  ollama.reset();
  await services.database.db.delete(reviewRequests);
  await services.database.db.delete(featureFlags);
  await services.flags.refresh();
});

function api(method: string, path: string, body?: unknown) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function script(verdict: string, plan = '{"steps": ["Only step"]}') {
  ollama.behaviour.script = (messages: { role: string; content: string }[]) => {
    const system = messages[0]?.content ?? "";
    if (system.includes("planner")) return plan;
    if (system.includes("strict verifier")) return verdict;
    if (system.includes("final answer")) return "The answer.";
    return "Step done.";
  };
}

async function run(body: Record<string, unknown>) {
  const created = await api("POST", "/sage/goals", body);
  expect(created.status).toBe(202);
  const { id } = (await created.json()).data;
  await settleGoalRuns(services);
  return (await (await api("GET", `/sage/goals/${id}`)).json()).data;
}

const openReviews = async () => (await (await api("GET", "/reviews?status=open")).json()).data;

describe("the confidence threshold", () => {
  test("defaults to 0.8: a step scoring 0.79 goes to review, 0.8 does not", async () => {
    script('{"score": 0.79, "issues": []}');
    const low = await run({ goal: "below" });
    expect(low).toMatchObject({ status: "needs_review", reviewThreshold: 0.8 });
    expect(await openReviews()).toHaveLength(1);
    script('{"score": 0.8, "issues": []}');
    expect(await run({ goal: "at" })).toMatchObject({ status: "completed" });
    expect(await openReviews()).toHaveLength(1);
  });

  test("is set per run", async () => {
    script('{"score": 0.6, "issues": []}');
    expect(await run({ goal: "lenient", reviewThreshold: 0.5 })).toMatchObject({
      status: "completed",
      reviewThreshold: 0.5,
    });
    expect(await openReviews()).toHaveLength(0);
    const refused = await api("POST", "/sage/goals", { goal: "x", reviewThreshold: 2 });
    expect(refused.status).toBe(400);
  });

  test("and by the deployment (REVIEW_THRESHOLD)", async () => {
    const strict = await createTestServices({ env: { REVIEW_THRESHOLD: "0.95" } });
    try {
      expect(strict.config.env.REVIEW_THRESHOLD).toBe(0.95);
    } finally {
      await strict.destroy();
    }
    await expect(createTestServices({ env: { REVIEW_THRESHOLD: "1.5" } })).rejects.toThrow(
      /REVIEW_THRESHOLD.*from 0 to 1/s,
    );
  });
});

describe("goal approval", () => {
  test("a run asking for approval waits for it; approval completes it", async () => {
    script('{"score": 0.95, "issues": []}');
    const waiting = await run({ goal: "Draft the incident note", requireApproval: true });
    expect(waiting).toMatchObject({ status: "needs_review", finalAnswer: "The answer." });
    const [approval] = await openReviews();
    expect(approval).toMatchObject({
      kind: "goal_approval",
      subjectType: "goal_run",
      subjectId: waiting.id,
      details: { answer: "The answer.", runId: waiting.id },
    });
    const decided = await api("POST", `/reviews/${approval.id}/decision`, { decision: "approve" });
    expect(decided.status).toBe(200);
    expect((await (await api("GET", `/sage/goals/${waiting.id}`)).json()).data.status).toBe(
      "completed",
    );
  });

  test("a rejected answer fails the run, naming the review", async () => {
    script('{"score": 0.95, "issues": []}');
    const waiting = await run({ goal: "Draft the customer email", requireApproval: true });
    const [approval] = await openReviews();
    await api("POST", `/reviews/${approval.id}/decision`, {
      decision: "reject",
      note: "wrong tone",
    });
    const after = (await (await api("GET", `/sage/goals/${waiting.id}`)).json()).data;
    expect(after).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/^Rejected in review: Approve the answer.*\(wrong tone\)$/),
    });
  });
});

const review = (over: Partial<NewReview> = {}): NewReview => ({
  kind: "task_review",
  subjectType: "test",
  subjectId: crypto.randomUUID(),
  title: "A request",
  ...over,
});

describe("urgency", () => {
  test("orders the open queue (most urgent, then oldest, first), page by page", async () => {
    const made: Record<string, string> = {};
    for (const [title, urgency] of [
      ["normal-1", "normal"],
      ["low-1", "low"],
      ["critical-1", "critical"],
      ["high-1", "high"],
      ["normal-2", "normal"],
    ] as const) {
      made[title] = (await createReview(services, review({ title, urgency }))).id;
      await new Promise((r) => setTimeout(r, 5));
    }
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (
        await api("GET", `/reviews?status=open&limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json()) as {
        data: { title: string; urgency: string }[];
        meta: { nextCursor: string | null };
      };
      titles.push(...page.data.map((r) => r.title));
      cursor = page.meta.nextCursor;
    } while (cursor);
    expect(titles).toEqual(["critical-1", "high-1", "normal-1", "normal-2", "low-1"]);
    const newest = (await (await api("GET", "/reviews?status=open&sort=newest")).json()).data;
    expect(newest.map((r: { title: string }) => r.title)).toEqual([
      "normal-2",
      "high-1",
      "critical-1",
      "low-1",
      "normal-1",
    ]);
    expect((await api("GET", "/reviews?sort=loudest")).status).toBe(400);
  });

  test("the navigation shows the open count to signed-in people", async () => {
    await createReview(services, review());
    await createReview(services, review());
    const html = await (
      await fetch(`${http.url}/activity`, { headers: { cookie: operator.cookie } })
    ).text();
    expect(html).toMatch(/data-testid="open-reviews-badge"[^>]*>2<span class="sr-only"> open/);
  });
});

describe("auto-approve", () => {
  const key = "code|qwen2.5-coder|0.7";

  async function pastDecisions(statuses: ("approved" | "rejected")[]) {
    for (const status of statuses) {
      const row = await createReview(services, review({ similarityKey: key }));
      await services.database.db
        .update(reviewRequests)
        .set({ status, decidedAt: new Date() })
        .where(eq(reviewRequests.id, row.id));
    }
  }
  const enable = async () => {
    await services.database.db
      .insert(featureFlags)
      .values({ key: "reviews.autoApprove", enabled: true });
    await services.flags.refresh();
  };

  test("is off by default: enough approvals change nothing", async () => {
    await pastDecisions(["approved", "approved", "approved"]);
    const row = await createReview(services, review({ similarityKey: key }));
    expect(row).toMatchObject({ status: "open", autoApproved: false });
  });

  test("on: 3 of 3 similar approvals approve the next, recorded as auto-approved", async () => {
    await enable();
    await pastDecisions(["approved", "approved"]);
    expect(await createReview(services, review({ similarityKey: key }))).toMatchObject({
      status: "open",
    });
    await services.database.db.delete(reviewRequests).where(eq(reviewRequests.status, "open"));
    await pastDecisions(["approved"]);
    expect(AUTO_APPROVE_MIN_DECISIONS).toBe(3);
    const row = await createReview(services, review({ similarityKey: key, title: "Similar" }));
    expect(row).toMatchObject({
      status: "approved",
      autoApproved: true,
      decidedBy: null,
      decisionNote: expect.stringMatching(/3 of 3 similar/),
    });
    const [activity] = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.subjectId, row.id));
    expect(activity).toMatchObject({
      type: "review.auto_approved",
      actorLabel: "auto-approve rule",
    });
    // A different key has no history: it waits for a person.
    expect(
      await createReview(services, review({ similarityKey: "reasoning|llama3|0.7" })),
    ).toMatchObject({ status: "open" });
    // Auto-approvals do not count as evidence for more auto-approvals.
    const rows = await services.database.db.select().from(reviewRequests);
    expect(rows.filter((r) => r.autoApproved)).toHaveLength(1);
  });

  test("on: 80% approval is not more than 80%, so a person decides", async () => {
    await pastDecisions(["approved", "approved", "approved", "approved", "rejected"]);
    await enable();
    expect(await createReview(services, review({ similarityKey: key }))).toMatchObject({
      status: "open",
      autoApproved: false,
    });
  });

  test("on: an auto-approved step does not hold its run", async () => {
    await enable();
    script('{"score": 0.5, "issues": []}');
    const first = await run({ goal: "first" });
    expect(first.status).toBe("needs_review");
    const [pending] = await openReviews();
    const similarityKey = (
      await services.database.db
        .select()
        .from(reviewRequests)
        .where(eq(reviewRequests.id, pending.id))
    )[0]!.similarityKey!;
    expect(similarityKey).toMatch(/^reasoning\|.+\|0\.5$/);
    await api("POST", `/reviews/${pending.id}/decision`, { decision: "approve" });
    await pastDecisions([]);
    for (let i = 0; i < 2; i++) {
      const row = await createReview(services, review({ similarityKey }));
      await api("POST", `/reviews/${row.id}/decision`, { decision: "approve" });
    }
    const next = await run({ goal: "second" });
    expect(next.status).toBe("completed");
  });
});
