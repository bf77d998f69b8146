import type { RateLimiter, RateLimitRule } from "#app/utils/rate-limit.server.ts";

/**
 * Waits, when needed, until `rule`'s current window has at least `roomMs` left, and returns when
 * that window ends (ms since epoch), as the limiter itself reports it.
 *
 * The limiters count in fixed windows and weigh the previous window only in part, so a run of
 * requests that crosses into a new window is let through one or two more than the limit. A test
 * that counts requests up to the limit starts where the whole run fits in one window, and can
 * check afterwards that it did.
 */
export async function windowWithRoom(
  limiter: RateLimiter,
  rule: RateLimitRule,
  roomMs: number,
): Promise<number> {
  // A key of its own, so the probe counts against nobody the test uses.
  const probe = () => limiter.limit(rule, `window-probe:${Math.random()}`);
  const { reset } = await probe();
  if (reset - Date.now() >= roomMs) return reset;
  await new Promise((r) => setTimeout(r, Math.max(0, reset - Date.now()) + 50));
  return (await probe()).reset;
}
