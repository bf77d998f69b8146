import { LRUCache } from "lru-cache";
import { singleton } from "#app/utils/singleton.server.ts";

/**
 * Verified credentials (a session id, a token's hash) remembered for a moment, so an API client
 * or a browser does not cost a database round trip on every request.
 *
 * Revocation stays correct:
 * - On this instance, every write that can take access away (sign-out, token revocation, disabling
 *   an account, a password or role change) calls `forgetCredentials()` once it is written: the
 *   next request reads the database again. A lookup that started before such a write is not
 *   remembered either (the epoch it started in is over), so it cannot put old rights back.
 * - Other instances cannot hear about the write: an entry lives at most `CREDENTIAL_CACHE_MS`, so
 *   they follow within that bound (docs/decisions/011-hot-paths.md).
 * Only successful checks are remembered; a refusal always goes to the database.
 */
export const CREDENTIAL_CACHE_MS = 2_000;

interface Entry {
  value: unknown;
  /** Epoch ms after which the entry must not be used (its age limit or the credential's expiry). */
  until: number;
}

const state = singleton("credentials", () => ({
  entries: new LRUCache<string, Entry>({ max: 10_000 }),
  epoch: 0,
}));
const { entries } = state;

/** Take before reading a credential from the database; give back to `rememberCredential`. */
export function credentialEpoch(): number {
  return state.epoch;
}

/** Forgets every remembered credential on this instance. Call after any write that revokes. */
export function forgetCredentials(): void {
  state.epoch += 1;
  entries.clear();
}

export function rememberCredential<T>(
  key: string,
  value: T,
  startedIn: number,
  expiresAt: Date | null | undefined,
  now = Date.now(),
): void {
  if (startedIn !== state.epoch) return;
  const until = Math.min(
    now + CREDENTIAL_CACHE_MS,
    expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
  );
  if (until > now) entries.set(key, { value, until });
}

export function recallCredential<T>(key: string, now = Date.now()): T | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.until <= now) {
    entries.delete(key);
    return undefined;
  }
  return entry.value as T;
}
