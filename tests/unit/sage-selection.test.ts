import { describe, expect, test } from "vitest";
import { costOf } from "#app/sage/calls.server.ts";
import {
  inferCapabilities,
  type ModelRow,
  parameterBillions,
  percentile,
} from "#app/sage/models.server.ts";
import { rankModels } from "#app/sage/selection.server.ts";

function model(overrides: Partial<ModelRow> & { name: string }): ModelRow {
  return {
    id: crypto.randomUUID(),
    provider: "ollama",
    family: null,
    parameterSize: null,
    sizeBytes: null,
    capabilities: ["chat"],
    capabilitiesOverridden: false,
    available: true,
    lastCheckedAt: new Date(),
    calls: 0,
    successes: 0,
    recentLatenciesMs: [],
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe("capabilities inferred from name and family", () => {
  test.each([
    ["qwen2.5-coder:7b", "qwen2", "7.6B", ["chat", "code", "reasoning"]],
    ["codellama:7b", "llama", "7B", ["chat", "code", "reasoning"]],
    ["llama3.2:3b", "llama", "3.2B", ["chat"]],
    ["llama3.1:8b", "llama", "8.0B", ["chat", "reasoning"]],
    ["nomic-embed-text:latest", "nomic-bert", "137M", ["embedding"]],
    ["bge-m3:latest", "bert", "567M", ["embedding"]],
    ["llava:7b", "llama", "7B", ["chat", "vision", "reasoning"]],
    ["qwen2.5-vl:3b", "qwen25vl", "3.8B", ["chat", "vision"]],
    ["deepseek-r1:1.5b", "qwen2", "1.8B", ["chat", "reasoning"]],
    ["text-embedding-3-small", null, null, ["embedding"]],
  ])("%s", (name, family, parameterSize, expected) => {
    expect(inferCapabilities({ name, family, parameterSize })).toEqual(expected);
  });

  test("sizes come from the stated size, else the name", () => {
    expect(parameterBillions("7.6B", "x")).toBe(7.6);
    expect(parameterBillions("137M", "x")).toBeCloseTo(0.137);
    expect(parameterBillions(null, "qwen2.5-coder:14b")).toBe(14);
    expect(parameterBillions(null, "gpt-4o-mini")).toBeNull();
  });

  test("percentiles are nearest-rank", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([300, 100, 200], 50)).toBe(200);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });
});

describe("selection policy", () => {
  test("capability first: a code model beats a faster general model", () => {
    const ranked = rankModels(
      [
        model({
          name: "llama3.2:3b",
          capabilities: ["chat"],
          calls: 50,
          successes: 50,
          recentLatenciesMs: [100],
        }),
        model({ name: "qwen2.5-coder:7b", capabilities: ["chat", "code"], parameterSize: "7.6B" }),
      ],
      "code",
    );
    expect(ranked.map((r) => r.row.name)).toEqual(["qwen2.5-coder:7b"]);
  });

  test("reasoning prefers reasoning models, then stands in with chat models", () => {
    const ranked = rankModels(
      [
        model({ name: "small:1b", capabilities: ["chat"], parameterSize: "1B" }),
        model({ name: "big:8b", capabilities: ["chat", "reasoning"], parameterSize: "8B" }),
      ],
      "reasoning",
    );
    expect(ranked.map((r) => r.row.name)).toEqual(["big:8b", "small:1b"]);
    expect(ranked[1]!.reason).toBe(
      "small:1b: chat-capable (no reasoning model available), not measured yet, 1B parameters (larger preferred for this task)",
    );
  });

  test("measured performance counts only after five calls, success before latency", () => {
    const fastFew = model({
      name: "a:3b",
      parameterSize: "3B",
      calls: 4,
      successes: 4,
      recentLatenciesMs: [10, 10, 10, 10],
    });
    const slowReliable = model({
      name: "b:3b",
      parameterSize: "3B",
      calls: 40,
      successes: 40,
      recentLatenciesMs: Array(40).fill(820),
    });
    const fastFlaky = model({
      name: "c:3b",
      parameterSize: "3B",
      calls: 20,
      successes: 10,
      recentLatenciesMs: Array(10).fill(50),
    });
    const fastReliable = model({
      name: "d:3b",
      parameterSize: "3B",
      calls: 20,
      successes: 20,
      recentLatenciesMs: Array(20).fill(300),
    });
    const ranked = rankModels([fastFew, slowReliable, fastFlaky, fastReliable], "text-generation");
    expect(ranked.map((r) => r.row.name)).toEqual(["d:3b", "b:3b", "a:3b", "c:3b"]);
    expect(ranked[1]!.reason).toBe(
      "b:3b: chat-capable, p50 820 ms over 40 calls, 100% success, 3B parameters",
    );
    expect(ranked[2]!.reason).toBe(
      "a:3b: chat-capable, not measured yet (4 of 5 calls), 3B parameters",
    );
  });

  test("size breaks ties: smaller for everyday tasks, larger for reasoning; unavailable models never", () => {
    const rows = [
      model({ name: "m:14b", parameterSize: "14B", capabilities: ["chat", "reasoning"] }),
      model({ name: "m:3b", parameterSize: "3B", capabilities: ["chat", "reasoning"] }),
      model({
        name: "m:70b",
        parameterSize: "70B",
        capabilities: ["chat", "reasoning"],
        available: false,
      }),
    ];
    expect(rankModels(rows, "summarization").map((r) => r.row.name)).toEqual(["m:3b", "m:14b"]);
    expect(rankModels(rows, "verification").map((r) => r.row.name)).toEqual(["m:14b", "m:3b"]);
    expect(rankModels(rows, "vision")).toEqual([]);
  });
});

test("cost comes from the price table per million tokens; unlisted models are free", () => {
  const prices = {
    "gpt-4o-mini": { input: 0.15, output: 0.6 },
    "openai/o1": { input: 15, output: 60 },
  };
  expect(costOf(prices, "openai", "gpt-4o-mini", 1_000_000, 1_000_000)).toBeCloseTo(0.75);
  expect(costOf(prices, "openai", "o1", 1000, 0)).toBeCloseTo(0.015);
  expect(costOf(prices, "ollama", "llama3.2:3b", 1e6, 1e6)).toBe(0);
  expect(costOf(undefined, "openai", "gpt-4o-mini", 1e6, 1e6)).toBe(0);
});
