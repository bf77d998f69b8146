import type { TaskKind } from "./tasks.ts";

/**
 * Reading what the goal pipeline's models write, robustly: plans (JSON or a numbered list) and
 * verdicts (JSON or "Score: 8/10" prose). Pure, so the run page can use it too.
 */

/** Tasks a plan step may name (generation tasks; no embeddings or images). */
export const stepTasks = [
  "text-generation",
  "reasoning",
  "code",
  "creative",
  "summarization",
] as const;

export interface PlannedStep {
  title: string;
  task: TaskKind;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The JSON value in a model's answer: the whole text, a fenced block, or the outermost {..}/[..]. */
export function extractJson(text: string): unknown {
  const candidates: string[] = [text.trim()];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence?.[1]) candidates.push(fence[1].trim());
  for (const [open, close] of [
    ["{", "}"],
    ["[", "]"],
  ] as const) {
    const start = text.indexOf(open);
    const end = text.lastIndexOf(close);
    if (start >= 0 && end > start) candidates.push(text.slice(start, end + 1));
  }
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // next
    }
  }
  return undefined;
}

/** A task kind for a step the model did not label (or labelled with something unknown). */
export function inferTask(title: string): TaskKind {
  const t = title.toLowerCase();
  if (/\b(code|function|script|program|implement|refactor|sql|regex|typescript|python)\b/.test(t))
    return "code";
  if (/\b(summari[sz]e|summary|condense|tl;?dr)\b/.test(t)) return "summarization";
  if (/\b(write a (poem|story)|brainstorm|slogan|creative)\b/.test(t)) return "creative";
  return "reasoning";
}

function taskOf(value: unknown, title: string): TaskKind {
  return typeof value === "string" && (stepTasks as readonly string[]).includes(value)
    ? (value as TaskKind)
    : inferTask(title);
}

const MAX_PLAN_STEPS = 50;

/**
 * A plan from a model's answer: JSON (`{"steps": [{"title", "task"}]}`, a bare array, strings or
 * objects) first, then a numbered list ("1. ...", "2) ...", "Step 3: ...").
 */
export function parsePlan(text: string): Parsed<PlannedStep[]> {
  const json = extractJson(text);
  const list = Array.isArray(json)
    ? json
    : json && typeof json === "object"
      ? ((json as Record<string, unknown>).steps ?? (json as Record<string, unknown>).plan)
      : undefined;
  if (Array.isArray(list)) {
    const steps: PlannedStep[] = [];
    for (const item of list) {
      if (typeof item === "string" && item.trim()) {
        steps.push({ title: item.trim().slice(0, 500), task: inferTask(item) });
      } else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        const title = [o.title, o.step, o.description, o.text, o.name].find(
          (v): v is string => typeof v === "string" && v.trim().length > 0,
        );
        if (title) steps.push({ title: title.trim().slice(0, 500), task: taskOf(o.task, title) });
      }
    }
    if (steps.length > 0) return { ok: true, value: steps.slice(0, MAX_PLAN_STEPS) };
  }
  const numbered: PlannedStep[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:[*#-]+\s*)?(?:step\s*)?(\d{1,2})\s*[.):-]\s*(.+?)\s*$/i.exec(line);
    const title = match?.[2]?.replace(/\*\*/g, "").trim();
    if (title) numbered.push({ title: title.slice(0, 500), task: inferTask(title) });
  }
  if (numbered.length > 0) return { ok: true, value: numbered.slice(0, MAX_PLAN_STEPS) };
  return {
    ok: false,
    error: `The plan could not be parsed: no JSON steps and no numbered list in "${text.trim().slice(0, 200)}"`,
  };
}

export interface Verdict {
  score: number;
  issues: string[];
}

function normaliseScore(value: unknown): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number.parseFloat(value) : NaN;
  if (!Number.isFinite(n) || n < 0) return null;
  if (n <= 1) return n;
  if (n <= 10) return n / 10;
  if (n <= 100) return n / 100;
  return null;
}

function issuesOf(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value
    .map((v) =>
      typeof v === "string" ? v : v && typeof v === "object" ? JSON.stringify(v) : String(v),
    )
    .map((v) => v.trim().slice(0, 1_000))
    .filter(Boolean)
    .slice(0, 50);
}

/**
 * A verifier's verdict: JSON `{"score": 0.8, "issues": [...]}` (also `confidence`, scores out
 * of 10 or 100), else "Score: 0.8" with "- issue" lines.
 */
export function parseVerdict(text: string): Parsed<Verdict> {
  const json = extractJson(text);
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    const score = normaliseScore(o.score ?? o.confidence ?? o.rating);
    if (score !== null) {
      return { ok: true, value: { score, issues: issuesOf(o.issues ?? o.problems ?? []) } };
    }
  }
  const match =
    /(?:score|confidence|rating)\W{0,3}\s*([0-9]+(?:\.[0-9]+)?)\s*(?:\/\s*(10|100))?/i.exec(text);
  if (match) {
    const raw = Number.parseFloat(match[1]!);
    const score = match[2] ? raw / Number(match[2]) : normaliseScore(raw);
    if (score !== null && score >= 0 && score <= 1) {
      const issues = text
        .split(/\r?\n/)
        .map((l) => /^\s*[-*•]\s+(.+)$/.exec(l)?.[1]?.trim())
        .filter((l): l is string => Boolean(l) && !/^none\.?$/i.test(l ?? ""));
      return { ok: true, value: { score, issues: issues.slice(0, 50) } };
    }
  }
  return {
    ok: false,
    error: `The verifier's answer could not be parsed (no 0-1 score): "${text.trim().slice(0, 200)}"`,
  };
}
