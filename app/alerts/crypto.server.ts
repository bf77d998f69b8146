import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { UnavailableError } from "#app/utils/domain-errors.ts";

/**
 * Secrets at rest, sealed with AES-256-GCM (docs/decisions/038-alert-secrets-encrypted.md).
 *
 * A box is `v1.<key id>.<iv>.<tag>.<ciphertext>`, each part base64url. The key is derived with
 * HKDF-SHA256 from a configured key (NEXUS_ENCRYPTION_KEY, or the generated one on embedded
 * defaults) for one purpose, so the same configured key can serve other purposes later without
 * two of them ever sharing a key. The key id (the start of a hash of the derived key) tells which
 * of several configured keys sealed a box, so keys can be rotated. `binding` (the row the box
 * belongs to) is authenticated with it: a box copied into another row does not open there.
 */

const VERSION = "v1";
const IV_BYTES = 12;

interface DerivedKey {
  id: string;
  key: Buffer;
}

const derived = new WeakMap<Buffer, Map<string, DerivedKey>>();

function derive(master: Buffer, purpose: string): DerivedKey {
  let byPurpose = derived.get(master);
  if (!byPurpose) {
    byPurpose = new Map();
    derived.set(master, byPurpose);
  }
  let entry = byPurpose.get(purpose);
  if (!entry) {
    const key = Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `nexus ${purpose}`, 32));
    const id = createHash("sha256").update(key).digest("base64url").slice(0, 8);
    entry = { id, key };
    byPurpose.set(purpose, entry);
  }
  return entry;
}

/**
 * A box that does not open: another key sealed it, or it was altered, or moved to another row.
 * The server's configuration is at fault, not the request: an API answer is a 503 saying so.
 */
export class SealedSecretError extends UnavailableError {}

export interface Sealer {
  seal(plaintext: string, binding: string): string;
  open(box: string, binding: string): string;
}

/** Seals with the first of `keys` and opens with whichever one sealed the box. */
export function createSealer(keys: readonly Buffer[], purpose: string): Sealer {
  if (keys.length === 0) throw new Error("No encryption key is configured.");
  const derivedKeys = keys.map((key) => derive(key, purpose));
  const current = derivedKeys[0]!;
  return {
    seal(plaintext, binding) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv);
      cipher.setAAD(Buffer.from(binding, "utf8"));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, current.id, iv, tag, ciphertext]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    open(box, binding) {
      const [version, keyId, iv, tag, ciphertext, ...rest] = box.split(".");
      if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined || rest.length) {
        throw new SealedSecretError("The stored secret is not in a form NEXUS can read.");
      }
      const key = derivedKeys.find((candidate) => candidate.id === keyId);
      if (!key) {
        throw new SealedSecretError(
          "The stored secret was sealed with a key that is not configured (NEXUS_ENCRYPTION_KEY).",
        );
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"), {
          authTagLength: 16,
        });
        decipher.setAAD(Buffer.from(binding, "utf8"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, "base64url")),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new SealedSecretError("The stored secret does not open: it was altered or moved.");
      }
    },
  };
}
