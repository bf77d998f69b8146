import { describe, expect, test } from "vitest";
import {
  createMemoryRateLimiter,
  rateLimitRules,
  retryAfterSeconds,
  slowDownMs,
} from "#app/utils/rate-limit.server.ts";

const rule = { name: "t", limit: 3, windowMs: 1000 };

describe("the in-memory sliding-window limiter", () => {
  test("allows up to the limit in a window, then refuses with a reset time", async () => {
    const limiter = createMemoryRateLimiter();
    const now = 10_000;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.limit(rule, "k", now + i));
    expect(results.map((r) => r.success)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.reset).toBe(11_000);
    expect(retryAfterSeconds(results[3]!, now)).toBe(1);
  });

  test("keys are independent", async () => {
    const limiter = createMemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "a", 0);
    expect((await limiter.limit(rule, "a", 0)).success).toBe(false);
    expect((await limiter.limit(rule, "b", 0)).success).toBe(true);
  });

  test("the previous window still counts, weighted by its overlap", async () => {
    const limiter = createMemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "k", 500);
    // 10% into the next window, 90% of the previous 3 requests still count: 2 -> one more allowed.
    expect((await limiter.limit(rule, "k", 1100)).success).toBe(true);
    expect((await limiter.limit(rule, "k", 1100)).success).toBe(false);
    // Two windows later, everything is forgotten.
    expect((await limiter.limit(rule, "k", 3100)).success).toBe(true);
  });

  test("reset forgets a key", async () => {
    const limiter = createMemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "k", 0);
    await limiter.reset(rule, "k");
    expect((await limiter.limit(rule, "k", 0)).success).toBe(true);
  });

  test("refund gives back one counted request, and never more than were counted", async () => {
    const limiter = createMemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "k", 0);
    await limiter.refund(rule, "k", 0);
    expect((await limiter.limit(rule, "k", 0)).success).toBe(true);
    expect((await limiter.limit(rule, "k", 0)).success).toBe(false);
    // A refund for a key never counted (or forgotten) leaves no credit behind.
    await limiter.refund(rule, "fresh", 0);
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "fresh", 0);
    expect((await limiter.limit(rule, "fresh", 0)).success).toBe(false);
  });

  test("a request counted in the previous window is refunded from it", async () => {
    const limiter = createMemoryRateLimiter();
    for (let i = 0; i < 3; i++) await limiter.limit(rule, "k", 900);
    await limiter.refund(rule, "k", 1000);
    // At the start of the next window 2 of the previous 3 still count: one request is allowed.
    expect((await limiter.limit(rule, "k", 1000)).success).toBe(true);
    expect((await limiter.limit(rule, "k", 1000)).success).toBe(false);
  });
});

describe("rules in force", () => {
  test("the defaults, unless the limiter was given other values for some", () => {
    expect(createMemoryRateLimiter().rules).toEqual(rateLimitRules);
    const limiter = createMemoryRateLimiter({
      rules: { loginByAccount: { slowDown: { free: 1, firstMs: 5, maxMs: 10 } } },
    });
    expect(limiter.rules.loginByAccount).toEqual({
      ...rateLimitRules.loginByAccount,
      slowDown: { free: 1, firstMs: 5, maxMs: 10 },
    });
    expect(limiter.rules.loginByIp).toEqual(rateLimitRules.loginByIp);
  });
});

describe("the sign-in slow-down", () => {
  const schedule = { free: 3, firstMs: 250, maxMs: 2_000 };

  test("no wait for the first failures, then a doubling wait up to its maximum", () => {
    const waits = Array.from({ length: 9 }, (_, before) => slowDownMs(schedule, before));
    expect(waits).toEqual([0, 0, 0, 250, 500, 1_000, 2_000, 2_000, 2_000]);
    expect(slowDownMs(schedule, 10_000)).toBe(2_000);
  });

  test("the default schedule keeps a stranger from holding an owner up for more than a few seconds", () => {
    const { slowDown } = rateLimitRules.loginByAccount;
    expect(slowDownMs(slowDown, 0)).toBe(0);
    expect(slowDownMs(slowDown, rateLimitRules.loginByAccount.limit)).toBe(slowDown.maxMs);
    expect(slowDown.maxMs).toBeLessThanOrEqual(5_000);
  });
});
