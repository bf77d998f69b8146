import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import { LRUCache } from "lru-cache";
import type { Logger } from "./log.server.ts";
import { FailureGuard, type FailureGuardState } from "./redis.server.ts";

/**
 * Rate limits: one mechanism for login and API limits. The shape (`limit(key)` answering
 * success, remaining and reset) is @upstash/ratelimit's, so the Redis-backed limiter can take this
 * one's place without touching callers (docs/decisions/026-rate-limits-upstash-shape.md).
 */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * A wait that grows with the failures counted before an attempt, instead of a refusal: used per
 * account, so a stranger can slow its owner's sign-in by at most `maxMs` and never lock it
 * (docs/decisions/014-password-and-lockout-rules.md).
 */
export interface SlowDown {
  /** Failures in the rule's window answered without waiting. */
  free: number;
  /** The wait once `free` failures came before; it doubles with each further one. */
  firstMs: number;
  /** The longest wait, however many failures came before. */
  maxMs: number;
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
  /** The rules in force: `rateLimitRules`, with whatever the limiter was created with instead. */
  rules: RateLimitRules;
  limit(rule: RateLimitRule, key: string, now?: number): Promise<RateLimitResult>;
  /** What `limit()` would answer, without counting anything. */
  peek(rule: RateLimitRule, key: string, now?: number): Promise<RateLimitResult>;
  /**
   * Gives back one request `limit()` counted (and allowed): for requests counted before anyone
   * could know they should not be, like a sign-in that turned out to succeed.
   */
  refund(rule: RateLimitRule, key: string, now?: number): Promise<void>;
  reset(rule: RateLimitRule, key: string): Promise<void>;
}

export const rateLimitRules = {
  /** Failed password sign-ins from one address, whatever the accounts. */
  loginByIp: { name: "login-ip", limit: 20, windowMs: 60_000 },
  /** Failed password sign-ins from one address to one account: past it, that pair gets 429. */
  loginByAccountAndIp: { name: "login-account-ip", limit: 10, windowMs: 15 * 60_000 },
  /**
   * Failed password sign-ins to one account from anywhere: never refused, slowed down instead.
   * `limit` only bounds the count (past it, every attempt waits `slowDown.maxMs`).
   */
  loginByAccount: {
    name: "login-account",
    limit: 100,
    windowMs: 15 * 60_000,
    slowDown: { free: 5, firstMs: 250, maxMs: 4_000 },
  },
  /** Refused bearer credentials from one address: past it, 429 before any lookup. */
  invalidTokens: { name: "api-bad-token", limit: 20, windowMs: 60_000 },
  /** API calls of one person or token. */
  api: { name: "api", limit: 600, windowMs: 60_000 },
  /** API calls without credentials, per address. */
  apiAnonymous: { name: "api-anon", limit: 120, windowMs: 60_000 },
} satisfies Record<string, RateLimitRule & { slowDown?: SlowDown }>;

export type RateLimitRules = typeof rateLimitRules;

/** Values to use instead of some defaults (tests use short slow-downs and small limits). */
export type RateLimitOverrides = { [K in keyof RateLimitRules]?: Partial<RateLimitRules[K]> };

function rulesWith(overrides: RateLimitOverrides = {}): RateLimitRules {
  const rules = { ...rateLimitRules };
  for (const name of Object.keys(overrides) as (keyof RateLimitRules)[]) {
    Object.assign(rules, { [name]: { ...rateLimitRules[name], ...overrides[name] } });
  }
  return rules;
}

/** How long to hold an attempt that `before` failures (in the window) came before. */
export function slowDownMs(schedule: SlowDown, before: number): number {
  if (before < schedule.free) return 0;
  // Capped before exponentiating so a huge count cannot overflow into Infinity or NaN.
  const doublings = Math.min(before - schedule.free, 30);
  return Math.min(schedule.maxMs, schedule.firstMs * 2 ** doublings);
}

/** How many requests `limit()` had counted before the one that gave `result`. */
export function countedBefore(result: RateLimitResult): number {
  return result.success ? result.limit - result.remaining - 1 : result.limit;
}

export interface MemoryRateLimiterOptions {
  rules?: RateLimitOverrides;
}

interface Window {
  start: number;
  current: number;
  previous: number;
}

/**
 * Sliding window, approximated as Upstash does: the previous fixed window's count weighted by how
 * much of it still overlaps, plus the current window's count.
 */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions = {}): RateLimiter {
  const windows = new LRUCache<string, Window>({ max: 100_000 });
  /** The key's window as of `now`: the stored one moved on by however many windows passed. */
  const windowAt = (id: string, rule: RateLimitRule, now: number): Window => {
    const start = Math.floor(now / rule.windowMs) * rule.windowMs;
    const window = windows.get(id);
    if (!window || window.start < start - rule.windowMs) return { start, current: 0, previous: 0 };
    if (window.start < start) return { start, current: 0, previous: window.current };
    return window;
  };
  return {
    kind: "memory",
    rules: rulesWith(options.rules),
    async limit(rule, key, now = Date.now()) {
      const id = `${rule.name}:${key}`;
      const window = windowAt(id, rule, now);
      const { start } = window;
      const overlap = 1 - (now - start) / rule.windowMs;
      const used = Math.floor(window.previous * overlap) + window.current;
      const success = used < rule.limit;
      if (success) window.current += 1;
      windows.set(id, window, { ttl: rule.windowMs * 2 });
      const remaining = Math.max(0, rule.limit - used - (success ? 1 : 0));
      return { success, limit: rule.limit, remaining, reset: start + rule.windowMs };
    },
    async peek(rule, key, now = Date.now()) {
      const window = windowAt(`${rule.name}:${key}`, rule, now);
      const overlap = 1 - (now - window.start) / rule.windowMs;
      const used = Math.floor(window.previous * overlap) + window.current;
      const remaining = Math.max(0, rule.limit - used);
      return {
        success: used < rule.limit,
        limit: rule.limit,
        remaining,
        reset: window.start + rule.windowMs,
      };
    },
    async refund(rule, key, now = Date.now()) {
      const id = `${rule.name}:${key}`;
      const window = windowAt(id, rule, now);
      if (window.current > 0) window.current -= 1;
      else if (window.previous > 0) window.previous -= 1;
      else return;
      windows.set(id, window, { ttl: rule.windowMs * 2 });
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
  rules?: RateLimitOverrides;
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
  const fallback = options.fallback ?? createMemoryRateLimiter({ rules: options.rules });
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
    rules: rulesWith(options.rules),
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
    async peek(rule, key, now = Date.now()) {
      const answer = await guard.run("peek", () => limiterFor(rule).getRemaining(key));
      if (!answer) return fallback.peek(rule, key, now);
      const { remaining, reset, limit } = answer.value;
      return { success: remaining > 0, limit, remaining, reset };
    },
    async refund(rule, key, now = Date.now()) {
      // A negative rate is the library's refund: its script skips the limit check and decrements.
      const answer = await guard.run("refund", async () => {
        const result = await limiterFor(rule).limit(key, { rate: -1 });
        if ((result as { reason?: string }).reason === "timeout") {
          throw new Error("rate limit: Redis did not answer in time");
        }
      });
      if (!answer) await fallback.refund(rule, key, now);
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
