import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import uplotStyles from "uplot/dist/uPlot.min.css";
import { requireUser } from "#app/accounts/auth.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { inputClass, SelectField } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import { discoverModels, listModelRows, toPublicModel } from "#app/sage/models.server.ts";
import { taskKinds } from "#app/sage/tasks.ts";
import { usageReport } from "#app/sage/usage.server.ts";
import { can } from "#app/utils/permissions.ts";

const TimeSeriesChart = lazy(() => import("#app/components/time-series-chart.tsx"));

const DAY_S = 86_400;

/** Calls and tokens per UTC day over the report's range, zeros included, for the chart. */
function usagePerDay(report: {
  from: string;
  to: string;
  days: { day: string; calls: number; promptTokens: number; completionTokens: number }[];
}): (number | null)[][] {
  const first = Math.floor(Date.parse(report.from) / 1000 / DAY_S) * DAY_S;
  const last = Math.floor(Date.parse(report.to) / 1000 / DAY_S) * DAY_S;
  const times: number[] = [];
  for (let t = first; t <= last; t += DAY_S) times.push(t);
  const calls = times.map(() => 0);
  const tokens = times.map(() => 0);
  for (const d of report.days) {
    const index = times.indexOf(Date.parse(`${d.day}T00:00:00Z`) / 1000);
    if (index < 0) continue;
    calls[index]! += d.calls;
    tokens[index]! += d.promptTokens + d.completionTokens;
  }
  return [times, calls, tokens];
}

/** One layout for the chart: a new array each render would rebuild the chart each render. */
const usageSeries = [
  { label: "Calls", unit: "calls", color: "#2563eb", axis: 0 as const },
  { label: "Tokens", unit: "tokens", color: "#059669", axis: 1 as const },
];

function UsageChart({ data }: { data: (number | null)[][] }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <Suspense fallback={<p className="text-sm">Loading chart…</p>}>
      <TimeSeriesChart title="Calls and tokens per day" series={usageSeries} data={data} />
    </Suspense>
  );
}

export const meta: MetaFunction = () => [{ title: "SAGE · NEXUS" }];

// uPlot's own stylesheet lays out the chart's legend and cursor; without it the legend is a bare
// table drawn over the plot.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: uplotStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context;
  const providers = await discoverModels(services);
  const [rows, usage] = await Promise.all([listModelRows(services), usageReport(services, {})]);
  return {
    providers,
    models: rows.map(toPublicModel),
    usage,
    canRun: can(actor.role, "ai:run"),
    ollamaHost: services.config.env.OLLAMA_HOST,
    openaiConfigured: Boolean(services.config.env.OPENAI_BASE_URL),
  };
}

type Chosen = { model: string; provider: string; reason: string };
type Usage = {
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  cost: number;
};

/** Reads the generate endpoint's Server-Sent Events from a fetch body. */
async function readSse(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: Record<string, unknown>) => void,
) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let at = buffer.indexOf("\n\n");
    while (at >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data) onEvent(event, JSON.parse(data));
      at = buffer.indexOf("\n\n");
    }
  }
}

function Playground({ models }: { models: { name: string; available: boolean }[] }) {
  const [task, setTask] = useState<string>("text-generation");
  const [model, setModel] = useState("");
  const [prompt, setPrompt] = useState("");
  const [output, setOutput] = useState("");
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [usage, setUsage] = useState<Usage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | null>(null);
  // The models table and the usage figures come from the loader: read them again after a call.
  const revalidator = useRevalidator();

  async function run(event: React.FormEvent) {
    event.preventDefault();
    setOutput("");
    setChosen(null);
    setUsage(null);
    setError(null);
    setRunning(true);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const response = await fetch("/api/v1/sage/generate/stream", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ prompt, task, ...(model ? { model } : {}) }),
        signal: abort.signal,
      });
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => null);
        setError(body?.error?.message ?? `The server answered ${response.status}.`);
        return;
      }
      await readSse(response.body, (name, data) => {
        if (name === "start") setChosen(data as unknown as Chosen);
        if (name === "delta") setOutput((text) => text + String(data.text ?? ""));
        if (name === "done") setUsage(data as unknown as Usage);
        if (name === "error") setError(String(data.message ?? "The generation failed."));
      });
    } catch (e) {
      if ((e as Error).name === "AbortError") setError("Stopped.");
      else setError((e as Error).message);
    } finally {
      setRunning(false);
      controller.current = null;
      revalidator.revalidate();
    }
  }

  return (
    <Card>
      <CardHeader
        title="Playground"
        description="Pick a task; SAGE chooses the model and says why. The answer streams as it is written."
      />
      <form onSubmit={run} className="grid gap-3">
        <div className="flex flex-wrap gap-3">
          <SelectField
            label="Task"
            selectProps={{ value: task, onChange: (e) => setTask(e.target.value) }}
          >
            {taskKinds
              .filter((t) => t !== "embedding")
              .map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
          </SelectField>
          <SelectField
            label="Model"
            selectProps={{ value: model, onChange: (e) => setModel(e.target.value) }}
          >
            <option value="">Let SAGE choose</option>
            {models
              .filter((m) => m.available)
              .map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
          </SelectField>
        </div>
        <label className="grid gap-1 text-sm">
          Prompt
          <textarea
            className={`${inputClass} min-h-24`}
            value={prompt}
            required
            onChange={(e) => setPrompt(e.target.value)}
          />
        </label>
        <div className="flex gap-2">
          <Button type="submit" disabled={running || !prompt.trim()}>
            {running ? "Generating…" : "Generate"}
          </Button>
          <Button variant="danger" disabled={!running} onClick={() => controller.current?.abort()}>
            Stop
          </Button>
        </div>
      </form>
      {chosen ? (
        <p className="mt-3 text-sm" data-testid="sage-reason">
          <strong>{chosen.model}</strong> ({chosen.provider}): {chosen.reason}
        </p>
      ) : null}
      <output
        aria-live="polite"
        className="mt-3 block min-h-16 whitespace-pre-wrap rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800"
      >
        {output}
      </output>
      {usage ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {usage.promptTokens} prompt + {usage.completionTokens} completion tokens,{" "}
          {usage.latencyMs} ms, ${usage.cost.toFixed(6)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </Card>
  );
}

export default function SagePage() {
  const { providers, models, usage, canRun, ollamaHost, openaiConfigured } =
    useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const anyAvailable = models.some((m) => m.available);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">SAGE</h1>
      <Card>
        <CardHeader
          title="Model servers"
          actions={
            <Button variant="secondary" size="sm" onClick={() => revalidator.revalidate()}>
              Check again
            </Button>
          }
        />
        <ul className="grid gap-2 text-sm">
          {providers.map((p) => (
            <li key={p.provider} className="flex flex-wrap items-center gap-2">
              <Badge tone={p.reachable ? "ok" : "error"}>
                {p.reachable ? "reachable" : "unreachable"}
              </Badge>
              <span className="font-medium">{p.provider}</span>
              <span className="break-all text-slate-600 dark:text-slate-400">{p.baseUrl}</span>
              <span>{p.reachable ? `${p.models} models` : p.error?.message}</span>
            </li>
          ))}
        </ul>
        {anyAvailable ? null : (
          <p className="mt-3 text-sm">
            No model is available. Start Ollama at {ollamaHost} and pull a model (
            <code>ollama pull llama3.2</code>)
            {openaiConfigured ? "" : ", or set OPENAI_BASE_URL to an OpenAI-compatible server"}.
          </p>
        )}
      </Card>
      <Card>
        <CardHeader title="Models" />
        <Table>
          <THead>
            <tr>
              <Th>Model</Th>
              <Th>Provider</Th>
              <Th>Capabilities</Th>
              <Th>Status</Th>
              <Th>p50 / p95</Th>
              <Th>Calls</Th>
            </tr>
          </THead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id} className="border-b border-slate-100 dark:border-slate-800">
                <Td>
                  {m.name}
                  {m.parameterSize ? (
                    <span className="text-slate-500"> · {m.parameterSize}</span>
                  ) : null}
                </Td>
                <Td>{m.provider}</Td>
                <Td>{m.capabilities.join(", ")}</Td>
                <Td>
                  <Badge tone={m.available ? "ok" : "neutral"}>
                    {m.available ? "available" : "unavailable"}
                  </Badge>
                </Td>
                <Td>
                  {m.p50LatencyMs === null ? "–" : `${m.p50LatencyMs} / ${m.p95LatencyMs} ms`}
                </Td>
                <Td>
                  {m.calls}
                  {m.successRate === null ? "" : ` (${Math.round(m.successRate * 100)}% ok)`}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      {canRun ? <Playground models={models} /> : null}
      <Card>
        <CardHeader
          title="Usage, last 7 days"
          description={`${usage.totals.calls} calls, ${usage.totals.promptTokens + usage.totals.completionTokens} tokens, $${usage.totals.cost.toFixed(4)}`}
        />
        <UsageChart data={usagePerDay(usage)} />
        <Table>
          <THead>
            <tr>
              <Th>Day (UTC)</Th>
              <Th>Model</Th>
              <Th>Calls</Th>
              <Th>Errors</Th>
              <Th>Tokens</Th>
              <Th>p50 / p95</Th>
              <Th>Cost</Th>
            </tr>
          </THead>
          <tbody>
            {usage.days.map((d) => (
              <tr key={`${d.day}-${d.provider}-${d.model}`}>
                <Td>{d.day}</Td>
                <Td>{d.model}</Td>
                <Td>{d.calls}</Td>
                <Td>{d.errors}</Td>
                <Td>{d.promptTokens + d.completionTokens}</Td>
                <Td>
                  {d.p50LatencyMs === null ? "–" : `${d.p50LatencyMs} / ${d.p95LatencyMs} ms`}
                </Td>
                <Td>${d.cost.toFixed(6)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
