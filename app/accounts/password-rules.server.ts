import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { newPasswordSchema } from "./schemas.ts";

/**
 * The one check of a new password, wherever one is set: onboarding, the Users page, the API and
 * the CLI (docs/decisions/014-password-and-lockout-rules.md). On top of `newPasswordSchema`'s
 * length and blank rules, NIST SP 800-63B's blocklist: a password in zxcvbn's list of common
 * passwords, or one it estimates is found within a million guesses (common words with digits,
 * repeats, sequences, keyboard walks), is refused.
 *
 * zxcvbn's dictionaries are about 2 MB: loaded on the first check, once per process, and only on
 * the server (this file's name keeps it out of browser bundles).
 */

/** zxcvbn's score 2 and up: more than 10^6 guesses. */
const MIN_SCORE = 2;

export const COMMON_PASSWORD = "This is one of the most common passwords: choose another";
export const TOO_EASY =
  "This password is too easy to guess: avoid common words with digits, repeats and sequences";

interface Blocklist {
  common: Set<string>;
  estimator: ZxcvbnFactory;
}

let loading: Promise<Blocklist> | undefined;

function blocklist(): Promise<Blocklist> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, { dictionary, adjacencyGraphs }] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
    ]);
    return {
      common: new Set(dictionary["passwords-common"]),
      estimator: new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }),
    };
  })().catch((error) => {
    // Not remembered: the next check tries to load it again.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Why a password of the right shape is still refused, or undefined when it is not. */
async function blocklistProblem(password: string): Promise<string | undefined> {
  const { common, estimator } = await blocklist();
  if (common.has(password.toLowerCase())) return COMMON_PASSWORD;
  if (estimator.check(password).score < MIN_SCORE) return TOO_EASY;
  return undefined;
}

/** A new password as the server checks it, for forms (conform), the API and the CLI alike. */
export const strongPasswordSchema = newPasswordSchema.superRefine(async (password, ctx) => {
  const problem = await blocklistProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The first rule `password` breaks, as the person setting it is told, or undefined. */
export async function passwordProblem(password: string): Promise<string | undefined> {
  const result = await strongPasswordSchema.safeParseAsync(password);
  return result.success ? undefined : result.error.issues[0]?.message;
}
