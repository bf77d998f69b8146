import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's recommendation), run off
 * the main thread by @node-rs/argon2. The parameters travel inside each hash, so raising them
 * later still verifies old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash to verify against when no user matched, so a wrong e-mail costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("not-a-real-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
