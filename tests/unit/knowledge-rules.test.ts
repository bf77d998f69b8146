import { describe, expect, test } from "vitest";
import {
  consensusOf,
  parseModelVerdict,
  reputationUpdate,
  severityOf,
} from "#app/knowledge/contradictions.server.ts";
import { draftFromModel } from "#app/knowledge/extract.server.ts";

const link = (
  nodeId: string,
  sourceId: string,
  stance: "supports" | "contradicts" | "neutral",
  reputation: number,
) => ({
  nodeId,
  sourceId,
  stance,
  reputation,
  upheld: 0,
  overturned: 0,
  title: sourceId,
});

describe("the weighted-consensus rule", () => {
  test("a source backs A by supporting A or contradicting B; shares are reputation-weighted", () => {
    const c = consensusOf("a", "b", [
      link("a", "s1", "supports", 0.6),
      link("b", "s2", "contradicts", 0.2),
      link("b", "s3", "supports", 0.2),
      link("a", "s4", "neutral", 0.9),
    ]);
    expect(c.weightA).toBeCloseTo(0.8);
    expect(c.weightB).toBeCloseTo(0.2);
    expect(c.shareA).toBeCloseTo(0.8);
    expect(c.votes.map((v) => v.sourceId).sort()).toEqual(["s1", "s2", "s3"]);
  });

  test("a source on both sides backs neither; no backers means an even split", () => {
    const c = consensusOf("a", "b", [
      link("a", "s1", "supports", 0.7),
      link("b", "s1", "supports", 0.7),
    ]);
    expect(c.votes).toEqual([]);
    expect(c.shareA).toBe(0.5);
  });

  test("right against the consensus earns most, wrong with it costs most, within bounds", () => {
    expect(reputationUpdate(0.5, true, 0.2)).toBeCloseTo(0.5 + 0.2 * 0.8);
    expect(reputationUpdate(0.5, true, 0.9)).toBeCloseTo(0.5 + 0.2 * 0.1);
    expect(reputationUpdate(0.5, false, 0.9)).toBeCloseTo(0.5 - 0.2 * 0.9);
    expect(reputationUpdate(0.98, true, 0)).toBe(0.99);
    expect(reputationUpdate(0.02, false, 1)).toBe(0.01);
  });
});

test("severity grows with confidence, importance, source reputation and detector certainty", () => {
  const low = severityOf(
    { confidence: 0.2, importance: 0.1 },
    { confidence: 0.2, importance: 0.1 },
    [0.2],
    1,
  );
  const high = severityOf(
    { confidence: 0.9, importance: 0.9 },
    { confidence: 0.9, importance: 0.5 },
    [0.9],
    1,
  );
  expect(low).toBeCloseTo(0.35 * 0.2 + 0.35 * 0.1 + 0.3 * 0.2, 3);
  expect(high).toBeGreaterThan(0.8);
  expect(
    severityOf({ confidence: 0.9, importance: 0.9 }, { confidence: 0.9, importance: 0.9 }, [], 0.5),
  ).toBeCloseTo((0.35 * 0.9 + 0.35 * 0.9 + 0.3 * 0.5) * 0.5, 3);
});

test("a model's verdict and draft keep only what is well formed", () => {
  expect(
    parseModelVerdict(
      'Sure! {"contradictions": [{"index": 2, "confidence": 0.9, "reason": "x"}, {"index": "a"}]}',
    ),
  ).toEqual([{ index: 2, confidence: 0.9, reason: "x" }]);
  expect(parseModelVerdict("no json here")).toEqual([]);
  const { draft, dropped } = draftFromModel(
    JSON.stringify({
      nodes: [
        { id: "a", kind: "fact", label: "A" },
        { id: "a", kind: "fact", label: "A again" },
        // What a model adds of its own is dropped, not held against the node or edge.
        {
          id: "b",
          kind: "concept",
          label: "B",
          why: "named twice",
          statement: { subject: "B", predicate: "is", object: "b", certainty: "high" },
        },
      ],
      edges: [
        { fromId: "a", toId: "b", relation: "supports", quote: "A, then B" },
        { fromId: "a", toId: "a", relation: "supports" },
        { fromId: "a", toId: "b", relation: "loves" },
      ],
    }),
    "science",
  );
  expect(draft.nodes.map((n) => [n.id, n.domain])).toEqual([
    ["a", "science"],
    ["b", "science"],
  ]);
  expect(draft.nodes[1]).not.toHaveProperty("why");
  expect(draft.nodes[1]!.statement).toEqual({
    subject: "B",
    predicate: "is",
    object: "b",
    negated: false,
  });
  expect(draft.edges).toHaveLength(1);
  expect(draft.edges[0]).not.toHaveProperty("quote");
  expect(dropped).toHaveLength(3);
});
