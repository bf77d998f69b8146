import { describe, expect, test } from "vitest";
import { extractJson, inferTask, parsePlan, parseVerdict } from "#app/sage/goal-parsing.ts";

describe("parsePlan", () => {
  test.each([
    [
      '{"steps": [{"title": "Write the parser", "task": "code"}, {"title": "Explain it", "task": "dance"}]}',
      [
        { title: "Write the parser", task: "code" },
        { title: "Explain it", task: "reasoning" },
      ],
    ],
    [
      '["Summarize the logs", "Pick one"]',
      [
        { title: "Summarize the logs", task: "summarization" },
        { title: "Pick one", task: "reasoning" },
      ],
    ],
    [
      'Here you go:\n```json\n{"plan": [{"step": "Gather facts"}]}\n```',
      [{ title: "Gather facts", task: "reasoning" }],
    ],
    [
      "Plan:\n1. Gather facts\n2) **Write a Python script**\nStep 3: Check it\n- a bullet is not a step",
      [
        { title: "Gather facts", task: "reasoning" },
        { title: "Write a Python script", task: "code" },
        { title: "Check it", task: "reasoning" },
      ],
    ],
  ])("%s", (text, steps) => {
    expect(parsePlan(text)).toEqual({ ok: true, value: steps });
  });

  test.each(["", "I cannot help with that.", '{"steps": []}', '{"steps": [{"foo": 1}]}'])(
    "%j is not a plan",
    (text) => {
      const result = parsePlan(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^The plan could not be parsed/);
    },
  );
});

describe("parseVerdict", () => {
  test.each([
    ['{"score": 0.85, "issues": []}', 0.85, []],
    ['{"score": "0.5", "issues": "too vague"}', 0.5, ["too vague"]],
    ['{"confidence": 7, "issues": ["a", "b"]}', 0.7, ["a", "b"]],
    ['Sure. ```{"score": 90, "issues": []}```', 0.9, []],
    ["Score: 8/10\nIssues:\n- unsourced date\n- None", 0.8, ["unsourced date"]],
    ["confidence = 0.3", 0.3, []],
  ])("%j scores %d", (text, score, issues) => {
    expect(parseVerdict(text)).toEqual({ ok: true, value: { score, issues } });
  });

  test.each(["Looks good!", '{"issues": []}', '{"score": -1}', "score: 500"])(
    "%j is unparseable",
    (text) => {
      const result = parseVerdict(text);
      expect(result.ok).toBe(false);
    },
  );
});

test("extractJson and inferTask", () => {
  expect(extractJson('noise {"a": 1} noise')).toEqual({ a: 1 });
  expect(extractJson("nothing")).toBeUndefined();
  expect(inferTask("Implement the function")).toBe("code");
  expect(inferTask("Summarize findings")).toBe("summarization");
  expect(inferTask("Think hard")).toBe("reasoning");
});
