/**
 * Room tokens: short-lived, HMAC-SHA256-signed claims that let one person into one realtime room.
 * Pure Web Crypto, no Node APIs: the app mints them and the PartyKit parties (on workerd) verify
 * them with this same module.
 *
 * Format: base64url(JSON claim) "." base64url(HMAC-SHA256(secret, first part)).
 */
export interface RoomClaim {
  /** User id. */
  sub: string;
  name: string;
  role: "viewer" | "operator" | "admin";
  party: string;
  room: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** When it was issued, seconds since the epoch (lets a room refuse tokens older than a removal). */
  iat?: number;
}

export type VerifyFailure = "missing" | "malformed" | "bad_signature" | "expired" | "wrong_room";

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const padded = text
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(text.length / 4) * 4, "=");
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      "raw",
      encoder.encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign", "verify"],
    );
    keys.set(secret, key);
  }
  return key;
}

export async function signRoomToken(secret: string, claim: RoomClaim): Promise<string> {
  const payload = base64url(encoder.encode(JSON.stringify(claim)));
  const signature = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    encoder.encode(payload),
  );
  return `${payload}.${base64url(new Uint8Array(signature))}`;
}

export async function verifyRoomToken(
  secret: string,
  token: string | null | undefined,
  expected: { party: string; room: string },
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<{ ok: true; claim: RoomClaim } | { ok: false; reason: VerifyFailure }> {
  if (!token) return { ok: false, reason: "missing" };
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 4096) {
    return { ok: false, reason: "malformed" };
  }
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = fromBase64url(parts[1]);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  // crypto.subtle.verify compares in constant time.
  const valid = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    signature,
    encoder.encode(parts[0]),
  );
  if (!valid) return { ok: false, reason: "bad_signature" };
  let claim: RoomClaim;
  try {
    claim = JSON.parse(new TextDecoder().decode(fromBase64url(parts[0])));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof claim.exp !== "number" || claim.exp <= nowSeconds)
    return { ok: false, reason: "expired" };
  if (claim.party !== expected.party || claim.room !== expected.room) {
    return { ok: false, reason: "wrong_room" };
  }
  return { ok: true, claim };
}

/** Constant-time comparison of two strings (for the push secret). */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const key = await hmacKey("nexus-compare");
  const [x, y] = await Promise.all([
    crypto.subtle.sign("HMAC", key, encoder.encode(a)),
    crypto.subtle.sign("HMAC", key, encoder.encode(b)),
  ]);
  const left = new Uint8Array(x);
  const right = new Uint8Array(y);
  let diff = left.length ^ right.length;
  for (let i = 0; i < left.length; i++) diff |= left[i]! ^ right[i]!;
  return diff === 0;
}

/** The party that serves the metrics stream (PartyKit's main party) and its one room. */
export const METRICS_PARTY = "main";
export const METRICS_ROOM = "global";
export const COLLAB_PARTY = "collab";
