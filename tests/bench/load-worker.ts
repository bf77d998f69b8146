/**
 * Generates the load for one case, in a process of its own (forked by harness.ts): the harness
 * then never shares an event loop or a garbage collector with the client, so a case that starts
 * its server in-process is measured as fairly as one that spawns it.
 */
import autocannon from "autocannon";
import type { LoadRequest, LoadResult } from "./harness.ts";

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** 10.0.0.1, 10.0.0.2, ...: a fresh client address for every request. */
function clientAddresses(): () => string {
  let n = 0;
  return () => {
    n = (n + 1) % 0xffffff || 1;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
}

function withClientAddress() {
  const next = clientAddresses();
  // autocannon hands over a fresh headers object for every request: setting it in place is safe.
  return (req: { headers?: Record<string, string> }) => {
    req.headers ??= {};
    req.headers["x-forwarded-for"] = next();
    return req;
  };
}

async function measure(request: LoadRequest): Promise<LoadResult> {
  const options = {
    url: request.url,
    connections: request.connections,
    headers: request.headers,
    // A target that stalls shows up as timeouts (counted as errors), not as a hung run.
    timeout: 10,
    ...(request.distinctClients ? { requests: [{ setupRequest: withClientAddress() }] } : {}),
  };
  if (request.warmupSeconds > 0) {
    await autocannon({ ...options, duration: request.warmupSeconds });
  }

  // autocannon's own histogram keeps whole milliseconds, which reads 0 ms for a fast target:
  // collect the exact per-response times instead.
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  process.send!({ phase: "measuring" });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const instance = autocannon({ ...options, duration: request.durationSeconds });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = ms;
  });
  const result = await instance;
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuPercent =
    ((cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore)) * 100;
  const sorted = latencies.subarray(0, count).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats)) statusCodes[code] = stat.count;
  return {
    requests: result.requests.total,
    durationSeconds: result.duration,
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: count > 0 ? sorted[count - 1]! : Number.NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    clientCpuPercent,
    bytesPerResponse:
      result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

process.once("message", (message) => {
  measure(message as LoadRequest).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) =>
      process.send!({ ok: false, error: String((error as Error)?.stack ?? error) }, () =>
        process.exit(1),
      ),
  );
});
