import { LRUCache } from "lru-cache";

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

export function retryAfterSeconds(result: RateLimitResult, now = Date.now()): number {
  return Math.max(1, Math.ceil((result.reset - now) / 1000));
}
