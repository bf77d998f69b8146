import { Redis } from "@upstash/redis";

/**
 * The one Upstash Redis client of a process, shared by the cache, the rate limiter and the leases
 * (docs/decisions/005-cache-and-redis.md). Upstash speaks HTTP, so a "connection" is a pool of
 * keep-alive sockets to the REST endpoint.
 */
export interface RedisTarget {
  url: string;
  token: string;
}

export interface RedisClientOptions {
  /**
   * How long one call may take, retries included, before it is abandoned. A cache that waits
   * longer than the source it protects is worse than none.
   */
  timeoutMs?: number;
  /** Network-error retries: one, quickly. The client's default (5 with backoff) takes ~4 s. */
  retries?: number;
  retryBackoffMs?: number;
}

export const DEFAULT_REDIS_TIMEOUT_MS = 300;

export function createRedisClient(target: RedisTarget, options: RedisClientOptions = {}): Redis {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const backoff = options.retryBackoffMs ?? 50;
  return new Redis({
    url: target.url,
    token: target.token,
    retry: { retries: options.retries ?? 1, backoff: () => backoff },
    // A function, not a signal: the client then throws on timeout. Given a plain AbortSignal it
    // answers the string "Aborted" as if it were the result.
    signal: () => AbortSignal.timeout(timeoutMs),
    // Values are JSON written by us; parsing them here keeps "123" a string and errors visible.
    automaticDeserialization: false,
    enableTelemetry: false,
  });
}

export interface FailureGuardOptions {
  /** What the log lines call the component ("cache", "rate limits", "leases"). */
  component: string;
  log?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /** How long to leave a failing back end alone before trying it again (default 1 s). */
  cooldownMs?: number;
  /** How often failures are logged, at most (default 60 s). */
  logEveryMs?: number;
}

export interface FailureGuardState {
  healthy: boolean;
  failures: number;
  lastError: string | null;
  lastErrorAt: string | null;
}

/**
 * Fail-open bookkeeping around a remote back end: counts failures, logs them at most once per
 * interval (with how many were not logged), leaves the back end alone for a short cool-down after
 * a failure so a dead Redis does not add its timeout to every request, and notes the recovery.
 */
export class FailureGuard {
  private healthy = true;
  private openUntil = 0;
  private failures = 0;
  private failuresSinceHealthy = 0;
  private unlogged = 0;
  private lastLoggedAt = 0;
  private lastError: string | null = null;
  private lastErrorAt: string | null = null;
  private readonly cooldownMs: number;
  private readonly logEveryMs: number;

  constructor(private readonly options: FailureGuardOptions) {
    this.cooldownMs = options.cooldownMs ?? 1_000;
    this.logEveryMs = options.logEveryMs ?? 60_000;
  }

  /** True while cooling down after a failure: callers should go straight to their fallback. */
  get open(): boolean {
    return Date.now() < this.openUntil;
  }

  /**
   * Runs `call` unless cooling down. Resolves `{ value }`, or undefined when the call was skipped
   * or failed (the failure is counted and maybe logged, never thrown).
   */
  async run<T>(operation: string, call: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.open) return undefined;
    try {
      const value = await call();
      this.succeeded();
      return { value };
    } catch (error) {
      this.failed(error, operation);
      return undefined;
    }
  }

  succeeded(): void {
    if (this.healthy) return;
    this.options.log?.info(
      { component: this.options.component, failures: this.failuresSinceHealthy },
      `${this.options.component}: Redis answers again`,
    );
    this.healthy = true;
    this.failuresSinceHealthy = 0;
  }

  failed(error: unknown, operation: string): void {
    this.healthy = false;
    this.openUntil = Date.now() + this.cooldownMs;
    this.failures += 1;
    this.failuresSinceHealthy += 1;
    this.unlogged += 1;
    this.lastError = (error as Error)?.message || String(error);
    this.lastErrorAt = new Date().toISOString();
    if (Date.now() - this.lastLoggedAt >= this.logEveryMs) {
      this.options.log?.warn(
        { err: error, component: this.options.component, operation, failures: this.unlogged },
        `${this.options.component}: Redis unavailable, falling back`,
      );
      this.lastLoggedAt = Date.now();
      this.unlogged = 0;
    }
  }

  state(): FailureGuardState {
    return {
      healthy: this.healthy,
      failures: this.failures,
      lastError: this.lastError,
      lastErrorAt: this.lastErrorAt,
    };
  }
}
