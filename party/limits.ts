/**
 * What a client may send a party, per connection: a budget of messages per window (a flood is
 * told to slow down, then disconnected), and a size limit (a larger message disconnects).
 * Nothing a client sends is trusted for identity; see auth.ts.
 */
export const WINDOW_MS = 10_000;

/** WebSocket close codes: RFC 6455 policy violation and message too big. */
export const CLOSE_POLICY = 1008;
export const CLOSE_TOO_BIG = 1009;

export interface Budget {
  /** Start of the current window (ms). */
  windowStart: number;
  /** Messages in the current window. */
  count: number;
  /** Whether this window's "slow down" was already sent. */
  warned: boolean;
}

export const freshBudget = (): Budget => ({ windowStart: 0, count: 0, warned: false });

export type Verdict = "ok" | "warn" | "drop" | "close";

/**
 * Spends one message of the budget: "ok" within it; "warn" for the first message over it (tell
 * the client once); "drop" for more over it; "close" once it reaches `closeAfter` times the limit.
 */
export function spend(budget: Budget, limit: number, closeAfter: number, now = Date.now()) {
  const next =
    now - budget.windowStart >= WINDOW_MS
      ? { windowStart: now, count: 1, warned: false }
      : { ...budget, count: budget.count + 1 };
  let verdict: Verdict = "ok";
  if (next.count > limit * closeAfter) verdict = "close";
  else if (next.count > limit) {
    verdict = next.warned ? "drop" : "warn";
    next.warned = true;
  }
  return { budget: next, verdict };
}

/** The size of a message in bytes (strings as UTF-8). */
export function sizeOf(message: string | ArrayBuffer | ArrayBufferView): number {
  if (typeof message === "string") return new TextEncoder().encode(message).byteLength;
  return message.byteLength;
}
