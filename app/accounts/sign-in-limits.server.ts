import {
  countedBefore,
  type RateLimiter,
  retryAfterSeconds,
  slowDownMs,
} from "#app/utils/rate-limit.server.ts";

/**
 * The limits on password sign-in (docs/decisions/014-password-and-lockout-rules.md):
 * - per address, and per (account, address) pair: refused with 429 once spent, so one address
 *   cannot keep guessing;
 * - per account, from anywhere: never refused, only slowed down, so a stranger spending other
 *   addresses' attempts cannot lock the owner out, only make them wait (at most the schedule's
 *   `maxMs`), while guessing from many addresses gets slower with each failure.
 * Only failures count: every attempt is counted before its password is checked (so parallel
 * guesses cannot slip past a count not yet written), and one that is refused or succeeds gives
 * its counts back.
 */
export type SignInAdmission =
  | { admitted: false; retryAfter: number }
  | {
      admitted: true;
      /** How long the attempt was held before it may be checked. */
      waitedMs: number;
      /** Call once the password was right: the attempt then does not count. */
      succeeded(): Promise<void>;
    };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function admitSignIn(
  limiter: RateLimiter,
  attempt: { email: string; address: string },
): Promise<SignInAdmission> {
  const { loginByIp, loginByAccountAndIp, loginByAccount } = limiter.rules;
  const { email, address } = attempt;
  // A space separates them: neither an address nor a valid e-mail address contains one.
  const pair = `${address} ${email}`;
  const [byIp, byPair] = await Promise.all([
    limiter.limit(loginByIp, address),
    limiter.limit(loginByAccountAndIp, pair),
  ]);
  if (!byIp.success || !byPair.success) {
    // Refused attempts check no password: only failures count, so the other count is given back.
    await Promise.all([
      byIp.success ? limiter.refund(loginByIp, address) : undefined,
      byPair.success ? limiter.refund(loginByAccountAndIp, pair) : undefined,
    ]);
    const retryAfter = Math.max(
      byIp.success ? 0 : retryAfterSeconds(byIp),
      byPair.success ? 0 : retryAfterSeconds(byPair),
    );
    return { admitted: false, retryAfter };
  }
  const byAccount = await limiter.limit(loginByAccount, email);
  const waitedMs = slowDownMs(loginByAccount.slowDown, countedBefore(byAccount));
  if (waitedMs > 0) await sleep(waitedMs);
  return {
    admitted: true,
    waitedMs,
    async succeeded() {
      await Promise.all([
        limiter.refund(loginByIp, address),
        limiter.reset(loginByAccountAndIp, pair),
        // Past its bound the account's count did not take this attempt: nothing to give back.
        byAccount.success ? limiter.refund(loginByAccount, email) : undefined,
      ]);
    },
  };
}
