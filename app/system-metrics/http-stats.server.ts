/**
 * Request figures for the metrics collector, fed by server.ts on every response. Each snapshot
 * covers the requests since the previous one; memory stays bounded by keeping at most the
 * latest MAX_SAMPLES durations for the percentile.
 */
const MAX_SAMPLES = 10_000;

export interface HttpSnapshot {
  requestsPerSecond: number;
  /** Share of 5xx answers, 0-1. */
  errorRate: number;
  p95Ms: number;
}

export class HttpStats {
  private count = 0;
  private errors = 0;
  private durations: number[] = [];
  private since = performance.now();

  record(status: number, durationMs: number): void {
    this.count += 1;
    if (status >= 500) this.errors += 1;
    if (this.durations.length < MAX_SAMPLES) this.durations.push(durationMs);
    else this.durations[this.count % MAX_SAMPLES] = durationMs;
  }

  snapshot(now = performance.now()): HttpSnapshot {
    const seconds = Math.max((now - this.since) / 1000, 0.001);
    const sorted = this.durations.sort((a, b) => a - b);
    const p95 = sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!
      : 0;
    const result = {
      requestsPerSecond: this.count / seconds,
      errorRate: this.count ? this.errors / this.count : 0,
      p95Ms: p95,
    };
    this.count = 0;
    this.errors = 0;
    this.durations = [];
    this.since = now;
    return result;
  }
}
