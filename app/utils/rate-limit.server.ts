import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import { LRUCache } from "lru-cache";
import type { Logger } from "./log.server.ts";
import { FailureGuard, type FailureGuardState } from "./redis.server.ts";

/**
 * Rate limits: one mechanism for login and API limits. The shape (`limit(key)` answering
 * success, remaining and reset) is @upstash/ratelimit's, so the Redis-backed limiter can take this
 * one's place without touching callers (docs/decisions/004-accounts-and-sessions.md).
 */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** When the caller may try again (ms since epoch). */
  reset: number;
}

export interface RateLimiter {
  /** Where the counts live: this process, or Upstash Redis shared by every instance. */
  kind?: "memory" | "upstash";
  limit(rule: RateLimitRule, key: string, now?: number): Promise<RateLimitResult>;
  reset(rule: RateLimitRule, key: string): Promise<void>;
}

export const rateLimitRules = {
  /** Password guesses from one address. */
  loginByIp: { name: "login-ip", limit: 20, windowMs: 60_000 },
  /** Password guesses against one account, from anywhere. */
  loginByAccount: { name: "login-account", limit: 10, windowMs: 15 * 60_000 },
  /** API calls of one person or token. */
  api: { name: "api", limit: 600, windowMs: 60_000 },
  /** API calls without credentials, per address. */
  apiAnonymous: { name: "api-anon", limit: 120, windowMs: 60_000 },
} satisfies Record<string, RateLimitRule>;

interface Window {
  start: number;
  current: number;
  previous: number;
}

/**
 * Sliding window, approximated as Upstash does: the previous fixed window's count weighted by how
 * much of it still overlaps, plus the current window's count.
 */
export function createMemoryRateLimiter(): RateLimiter {
  const windows = new LRUCache<string, Window>({ max: 100_000 });
  return {
    kind: "memory",
    async limit(rule, key, now = Date.now()) {
      const id = `${rule.name}:${key}`;
      const start = Math.floor(now / rule.windowMs) * rule.windowMs;
      let window = windows.get(id);
      if (!window || window.start < start - rule.windowMs) {
        window = { start, current: 0, previous: 0 };
      } else if (window.start < start) {
        window = { start, current: 0, previous: window.current };
      }
      const overlap = 1 - (now - start) / rule.windowMs;
      const used = Math.floor(window.previous * overlap) + window.current;
      const success = used < rule.limit;
      if (success) window.current += 1;
      windows.set(id, window, { ttl: rule.windowMs * 2 });
      const remaining = Math.max(0, rule.limit - used - (success ? 1 : 0));
      return { success, limit: rule.limit, remaining, reset: start + rule.windowMs };
    },
    async reset(rule, key) {
      windows.delete(`${rule.name}:${key}`);
    },
  };
}

export interface RedisRateLimiterOptions {
  /** Key prefix shared with the cache (default "nexus"). */
  namespace?: string;
  log?: Logger;
  /** Where limits are counted while Redis cannot answer (default: a fresh in-memory limiter). */
  fallback?: RateLimiter;
  /** How long to leave a failing Redis alone before trying it again (default 1 s). */
  cooldownMs?: number;
}

export interface RedisRateLimiter extends RateLimiter {
  /** Redis failures so far (each served by the in-memory fallback). */
  state(): FailureGuardState;
}

/**
 * The same limits, counted in Redis with `@upstash/ratelimit`'s sliding window, so every instance
 * shares one count. Fails open onto the in-memory limiter: while Redis cannot answer, each
 * instance counts on its own (limits are then per instance, not refused outright and not lifted).
 * `ephemeralCache: false`: the library's in-process block cache would keep refusing a key after
 * `reset()` (a successful sign-in) on the instances that did not reset it.
 */
export function createRedisRateLimiter(
  redis: Redis,
  options: RedisRateLimiterOptions = {},
): RedisRateLimiter {
  const namespace = options.namespace ?? "nexus";
  const fallback = options.fallback ?? createMemoryRateLimiter();
  const guard = new FailureGuard({
    component: "rate limits",
    log: options.log,
    cooldownMs: options.cooldownMs,
  });
  const limiters = new Map<string, Ratelimit>();
  const limiterFor = (rule: RateLimitRule) => {
    const id = `${rule.name}:${rule.limit}:${rule.windowMs}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowMs} ms`),
        prefix: `${namespace}:rl:${rule.name}`,
        ephemeralCache: false,
        analytics: false,
        // The Redis client gives up first (300 ms); this is only a backstop. On timeout the
        // library answers success with limit 0, which is treated as a failure below.
        timeout: 2_000,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  };

  return {
    kind: "upstash",
    async limit(rule, key, now = Date.now()) {
      const answer = await guard.run("limit", async () => {
        const result = await limiterFor(rule).limit(key);
        if ((result as { reason?: string }).reason === "timeout") {
          throw new Error("rate limit: Redis did not answer in time");
        }
        return result;
      });
      if (!answer) return fallback.limit(rule, key, now);
      const { success, limit, remaining, reset } = answer.value;
      return { success, limit, remaining, reset };
    },
    async reset(rule, key) {
      await fallback.reset(rule, key);
      await guard.run("reset", () => limiterFor(rule).resetUsedTokens(key));
    },
    state: () => guard.state(),
  };
}

export function retryAfterSeconds(result: RateLimitResult, now = Date.now()): number {
  return Math.max(1, Math.ceil((result.reset - now) / 1000));
}
