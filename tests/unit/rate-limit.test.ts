import { describe, expect, test } from "vitest";
import { createMemoryRateLimiter, retryAfterSeconds } from "#app/utils/rate-limit.server.ts";

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
});
